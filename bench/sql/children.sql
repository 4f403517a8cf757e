-- AccessFilters.VisibleChildren, by name (ChildQueries): children in the viewer's custody, the viewer as a pupil,
-- children enrolled today where the viewer works.
SELECT p.Id, p.FirstName, p.LastName
FROM People p
WHERE p.Id IN (SELECT c.ChildId FROM Custodies c WHERE c.GuardianId = $viewer)
   OR (p.Id = $viewer AND EXISTS (SELECT 1 FROM Profiles f WHERE f.PersonId = p.Id AND f.Kind = 'Child'))
   OR EXISTS (SELECT 1 FROM Enrollments e JOIN Profiles f ON f.InstitutionId = e.InstitutionId
              WHERE e.ChildId = p.Id AND f.PersonId = $viewer AND f.Kind = 'Employee'
                AND e.StartDate <= $today AND (e.EndDate IS NULL OR e.EndDate >= $today))
ORDER BY p.FirstName, p.LastName, p.Id
LIMIT $first
