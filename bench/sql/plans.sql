-- GroupWeekPlanLoader over AccessFilters.VisiblePlans, with the entries (one row each, Monday first, then position).
-- The groups come from groups.sql, so they are visible; before its publish time a plan is seen only by the
-- group's staff (AccessFilters.StaffedGroups). $groups is a JSON array of group ids; $now is UTC milliseconds.
SELECT w.GroupId, w.Year, w.Week, e.Day, e.Subject, e.Text
FROM WeeklyPlans w LEFT JOIN WeeklyPlanEntries e ON e.WeeklyPlanId = w.Id
WHERE w.GroupId IN (SELECT value FROM json_each($groups)) AND w.Year = $year AND w.Week = $week
  AND (w.PublishAt <= $now
    OR EXISTS (SELECT 1 FROM GroupMemberships s WHERE s.GroupId = w.GroupId AND s.PersonId = $viewer
               AND s.Role IN ('Teacher', 'Pedagogue', 'Leader'))
    OR EXISTS (SELECT 1 FROM GroupInstitutions gi JOIN Profiles f ON f.InstitutionId = gi.InstitutionId
               WHERE gi.GroupId = w.GroupId AND f.PersonId = $viewer AND f.Kind = 'Employee' AND f.Role = 'Leader'))
ORDER BY w.GroupId,
  CASE e.Day WHEN 'Monday' THEN 1 WHEN 'Tuesday' THEN 2 WHEN 'Wednesday' THEN 3 WHEN 'Thursday' THEN 4
             WHEN 'Friday' THEN 5 WHEN 'Saturday' THEN 6 ELSE 7 END,
  e.Position, e.Id
