-- The person a token names (the login in `sub`).
SELECT Id FROM People WHERE Login = $login
