-- LastMessageLoader: the newest remaining message of each thread, with its author's name. The threads come from
-- threads.sql (visible to the viewer), and every author of a visible thread's message took part in it, so is
-- visible too (AccessFilters.VisiblePeople). $threads is a JSON array of thread ids.
SELECT m.ThreadId, m.Body, a.FirstName, a.LastName
FROM Messages m JOIN People a ON a.Id = m.SenderId
WHERE m.ThreadId IN (SELECT value FROM json_each($threads))
  AND NOT EXISTS (SELECT 1 FROM Messages n WHERE n.ThreadId = m.ThreadId AND n.Sequence > m.Sequence)
