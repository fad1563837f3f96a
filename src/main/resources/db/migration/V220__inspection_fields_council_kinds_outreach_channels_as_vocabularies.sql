-- Inspection fields, outreach channels and council kinds become vocabularies a department keeps as data (it adds a
-- field such as "Viễn thông", a channel such as "Mạng xã hội", a council kind such as an advisory council). The codes
-- the records already store are the entries' codes; the labels are those the code printed until now.
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_FIELD', 'MEASUREMENT', 'Đo lường', 'do luong', 1);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_FIELD', 'QUALITY', 'Chất lượng sản phẩm, hàng hóa', 'chat luong san pham, hang hoa', 2);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_FIELD', 'RADIATION', 'An toàn bức xạ', 'an toan buc xa', 3);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_FIELD', 'IP', 'Sở hữu trí tuệ', 'so huu tri tue', 4);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_FIELD', 'OTHER', 'Khác', 'khac', 9);

insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('OUTREACH_CHANNEL', 'NEWS_POST', 'Tin, bài trên trang thông tin điện tử', 'tin, bai tren trang thong tin dien tu', 1);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('OUTREACH_CHANNEL', 'BROADCAST', 'Chuyên mục phát thanh, truyền hình', 'chuyen muc phat thanh, truyen hinh', 2);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('OUTREACH_CHANNEL', 'BULLETIN', 'Tài liệu thông tin KH&CN (bản in)', 'tai lieu thong tin kh&cn (ban in)', 3);

insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('COUNCIL_KIND', 'SELECTION', 'Hội đồng tuyển chọn, giao trực tiếp', 'hoi dong tuyen chon, giao truc tiep', 1);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('COUNCIL_KIND', 'ADVISORY', 'Hội đồng tư vấn xác định nhiệm vụ', 'hoi dong tu van xac dinh nhiem vu', 2);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('COUNCIL_KIND', 'ACCEPTANCE', 'Hội đồng nghiệm thu', 'hoi dong nghiem thu', 3);
