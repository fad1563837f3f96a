-- An instrument's latest verification decides whether it is in use (decision 0022): a passing verification followed by
-- a failing one no longer keeps the instrument on the due list (it may not be used until it passes again). The flag now
-- means "a later verification of the same serial is in the register", passing or not; it only gains rows here (a later
-- pass is a later verification), so only those are written.
update verification v set superseded = true
where v.superseded = false
  and exists (select 1 from verification w where w.serial = v.serial and w.verified_on > v.verified_on);
