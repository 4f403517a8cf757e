-- ThreadView.Of (AccessFilters.VisibleThreads joined with the viewer's participation), newest activity first.
SELECT t.Id, t.Subject, t.IsSensitive, t.LastSequence, p.LastReadSequence
FROM Threads t JOIN ThreadParticipants p ON p.ThreadId = t.Id
WHERE p.PersonId = $viewer AND p.LeftAt IS NULL
ORDER BY t.LastActivityAt DESC, t.Id DESC
LIMIT $first
