-- A first start is neutral: the department describes itself once (set-up page, API, `khcn settings`).
-- V20 seeded one department's names; on a database without records they are cleared here, and the
-- two settings the report header also needs are added: the report symbol and the place (địa danh).
alter table department_setting add column report_symbol varchar(50) not null default '';
alter table department_setting add column place varchar(100) not null default '';

-- Each report keeps the symbol it is numbered with, as it keeps its place and signer.
alter table report add column symbol varchar(50) not null default '';
-- every report made before this migration was numbered with the symbol the code then printed
update report set symbol = 'BC-SKH&CN';

-- Only the untouched seed, and only where nothing has been recorded yet: a database in use keeps its settings.
update department_setting
   set province = '', parent_body = '', department = '', site = '', signer_name = '', signer_title = '',
       legal_basis = '', recipients = ''
 where id = 1 and version = 0
   and province = 'Cao Bằng' and parent_body = 'UBND TỈNH CAO BẰNG' and site = 'khcncaobang.gov.vn'
   and not exists (select 1 from report)
   and not exists (select 1 from task)
   and not exists (select 1 from document)
   and not exists (select 1 from organisation);

-- A database in use keeps printing what it printed: the symbol the code used and its province as the place.
update department_setting set report_symbol = 'BC-SKH&CN', place = province where id = 1 and province <> '';
