-- ChildGroupsLoader over AccessFilters.VisibleGroups: the children's groups that the viewer may see, by name.
-- $children is a JSON array of child ids.
SELECT m.PersonId AS ChildId, g.Id, g.Name
FROM GroupMemberships m JOIN Groups g ON g.Id = m.GroupId
WHERE m.PersonId IN (SELECT value FROM json_each($children)) AND m.Role = 'Child'
  AND (EXISTS (SELECT 1 FROM GroupMemberships v WHERE v.GroupId = g.Id
               AND (v.PersonId = $viewer OR v.PersonId IN (SELECT c.ChildId FROM Custodies c WHERE c.GuardianId = $viewer)))
    OR EXISTS (SELECT 1 FROM GroupInstitutions gi JOIN Profiles f ON f.InstitutionId = gi.InstitutionId
               WHERE gi.GroupId = g.Id AND f.PersonId = $viewer AND f.Kind = 'Employee'))
ORDER BY g.Name, g.Id
