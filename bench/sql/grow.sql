-- Bench data on top of the demo seed (run once on a fresh copy; never on real data):
-- mette.hansen gets 60 more threads with lars.nielsen, so her dashboard shows a full page of 20;
-- bench.guardian has 50 children in 3A and SFO Stjernen and 50 threads: the list sizes of the statements scenario.
-- Every thread has 3 messages; its guardian has read the first.
CREATE TEMP TABLE n(i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 60) INSERT INTO n SELECT i FROM c;
CREATE TEMP TABLE k AS SELECT
  (SELECT Id FROM People WHERE Login = 'mette.hansen') AS mette,
  (SELECT Id FROM People WHERE Login = 'lars.nielsen') AS lars,
  (SELECT Id FROM Groups WHERE Name = '3A') AS class,
  (SELECT Id FROM Groups WHERE Name = 'SFO Stjernen') AS sfo,
  (SELECT InstitutionId FROM GroupInstitutions WHERE GroupId = (SELECT Id FROM Groups WHERE Name = '3A')) AS school,
  CAST(strftime('%s', 'now') AS INTEGER) * 1000 AS now;

INSERT INTO People (Login, FirstName, LastName) VALUES ('bench.guardian', 'Bench', 'Guardian');
INSERT INTO Profiles (Kind, PersonId) SELECT 'Guardian', Id FROM People WHERE Login = 'bench.guardian';
INSERT INTO People (FirstName, LastName) SELECT 'Barn', printf('Bench %02d', i) FROM n WHERE i <= 50;
CREATE TEMP TABLE kids AS SELECT Id FROM People WHERE FirstName = 'Barn' AND LastName LIKE 'Bench %';
INSERT INTO Profiles (Kind, PersonId, InstitutionId) SELECT 'Child', Id, (SELECT school FROM k) FROM kids;
INSERT INTO Custodies (GuardianId, ChildId) SELECT (SELECT Id FROM People WHERE Login = 'bench.guardian'), Id FROM kids;
INSERT INTO Enrollments (ChildId, InstitutionId, StartDate) SELECT Id, (SELECT school FROM k), '2020-08-01' FROM kids;
INSERT INTO GroupMemberships (GroupId, PersonId, Role) SELECT (SELECT class FROM k), Id, 'Child' FROM kids;
INSERT INTO GroupMemberships (GroupId, PersonId, Role) SELECT (SELECT sfo FROM k), Id, 'Child' FROM kids;

-- Threads: 60 for mette (i <= 60), 50 for bench.guardian (i <= 50), subjects tell them apart.
CREATE TEMP TABLE owners AS
  SELECT (SELECT mette FROM k) AS guardian, i, 'Mette' AS who FROM n
  UNION ALL SELECT (SELECT Id FROM People WHERE Login = 'bench.guardian'), i, 'Bench' FROM n WHERE i <= 50;
INSERT INTO Threads (Subject, IsSensitive, CreatedById, CreatedAt, LastSequence, LastActivityAt)
  SELECT printf('Bench %s %02d', who, i), 0, (SELECT lars FROM k), (SELECT now FROM k) - i * 3600000, 3,
         (SELECT now FROM k) - i * 3600000 + 120000
  FROM owners;
CREATE TEMP TABLE bt AS SELECT t.Id, o.guardian FROM Threads t
  JOIN owners o ON t.Subject = printf('Bench %s %02d', o.who, o.i);
INSERT INTO ThreadParticipants (ThreadId, PersonId, LastReadSequence, IsMuted, JoinedAt)
  SELECT Id, guardian, 1, 0, (SELECT now FROM k) - 86400000 FROM bt
  UNION ALL SELECT Id, (SELECT lars FROM k), 3, 0, (SELECT now FROM k) - 86400000 FROM bt;
INSERT INTO Messages (ThreadId, Sequence, SenderId, ClientMessageId, Body, SentAt)
  SELECT bt.Id, s.i, CASE s.i % 2 WHEN 1 THEN (SELECT lars FROM k) ELSE bt.guardian END, printf('bench-%d-%d', bt.Id, s.i),
         printf('Besked %d i tråd %d: husk madpakke og regntøj i morgen.', s.i, bt.Id),
         (SELECT LastActivityAt FROM Threads WHERE Id = bt.Id) - (3 - s.i) * 60000
  FROM bt JOIN n s ON s.i <= 3;
