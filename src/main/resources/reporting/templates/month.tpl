%% Mẫu báo cáo tháng (cú pháp: docs/templates.md).
@subject Kết quả hoạt động khoa học và công nghệ tháng {$month} năm {$year} và nhiệm vụ công tác trọng tâm tháng {$nextMonth}

{$legalBasis} báo cáo kết quả hoạt động quản lý nhà nước trong lĩnh vực KH&CN tháng {$month} năm {$year} và nhiệm vụ công tác trọng tâm tháng {$nextMonth} như sau:

# I. KẾT QUẢ HOẠT ĐỘNG THÁNG {$month} NĂM {$year}
@period month

Trong tháng {$month}/{$year}, Sở KH&CN tiếp tục triển khai thực hiện [[narrative:month-plans|OFFICE]], kết quả đạt được tính từ ngày {$monthStart} đến {$monthEnd} như sau:

## 1. Công tác tham mưu xây dựng văn bản quy phạm pháp luật:

Đẩy nhanh tiến độ tham mưu xây dựng dự thảo **{drafting.inProgress.by.body.PARTY_COMMITTEE}** Nghị quyết của Tỉnh ủy và **{drafting.inProgress.by.normative.true}** VBQPPL thuộc lĩnh vực KH&CN ({drafting.inProgress.by.body.PEOPLE_COUNCIL} Nghị quyết của HĐND tỉnh, {drafting.inProgress.by.body.PEOPLE_COMMITTEE} Quyết định của UBND tỉnh), cụ thể: [[narrative:month-drafting|OFFICE]]

## 2. Công tác chuyên môn về KH&CN:
@tie Hội đồng nghiệm thu = tasks.acceptanceCouncilsFormed
@tie dự án đầu tư công = investment.projectsActive

- Công tác quản lý nhiệm vụ KH&CN:

+ Đối với các nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh: Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với **{tasks.implementing}** nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh gồm có: **{tasks.implementing.by.level.URGENT_LOCAL}** dự án cấp thiết địa phương sử dụng kinh phí cấp quốc gia, **{tasks.implementing.by.level.RURAL_MOUNTAIN}** dự án thuộc chương trình nông thôn miền núi và **{tasks.implementing.by.level.PROVINCIAL}** dự án, đề tài cấp tỉnh đang được triển khai thực hiện trên địa bàn tỉnh, trong đó đã tham mưu thành lập {tasks.acceptanceCouncilsFormed} Hội đồng nghiệm thu ([[narrative:month-acceptance-councils|SCIENCE]]); Cấp Giấy chứng nhận kết quả thực hiện cho **{tasks.certified}** nhiệm vụ KH&CN;

+ Đối với các nhiệm vụ KH&CN bắt đầu thực hiện từ năm {$year}: trình UBND tỉnh phê duyệt đối với **{tasks.submittedForApproval}** nhiệm vụ KH&CN bắt đầu thực hiện từ năm {$year} trước khi tiến hành ký kết hợp đồng thực hiện^{cite:tasks.submittedForApproval};

+ Đối với các nhiệm vụ KH&CN bắt đầu thực hiện từ năm {$nextYear}: [[narrative:month-next-year-tasks|SCIENCE]]

[[narrative:month-science-other|SCIENCE]]

- Về công tác quản lý công nghệ, sở hữu trí tuệ, an toàn bức xạ và hạt nhân:

[[narrative:month-technology|TECHNOLOGY]]

- Về công tác thanh tra, tiêu chuẩn đo lường chất lượng: Hoàn thành việc kiểm tra tình hình áp dụng HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan hành chính nhà nước tại {iso.agenciesChecked} đơn vị; [[narrative:month-tdc|TDC]] Hoàn thiện hồ sơ, trình Tổng cục Tiêu chuẩn Đo lường Chất lượng xem xét đối với hoạt động giải thưởng chất lượng quốc gia năm {$year} (*hồ sơ của {quality.awardDossiers} doanh nghiệp*); Hướng dẫn **{tdc.businessesGuided}** cơ sở thực hiện các quy định về tiêu chuẩn đo lường chất lượng; hoạt động thông tin tuyên truyền, giới thiệu về các hoạt động KH&CN nổi bật trên địa bàn tỉnh được đẩy mạnh thực hiện bằng nhiều hình thức có hiệu quả^{detail: Cập nhật được **{outreach.newsPosts}** tin, bài lên trang thông tin điện tử {$site}; thực hiện **{outreach.broadcasts}** chuyên mục KH&CN và đời sống phát trên sóng của Đài Phát thanh và Truyền hình tỉnh; [[narrative:month-outreach|OFFICE]]}; Hoạt động nghiên cứu, ứng dụng, kiểm định hiệu chuẩn đo lường chất lượng tại Trung tâm Ứng dụng tiến bộ KH&CN là đơn vị sự nghiệp công lập trực thuộc Sở được duy trì thực hiện theo nhiệm vụ thường xuyên theo chức năng đã ký kết;

- Tiếp tục quan tâm, đẩy nhanh tiến độ triển khai thực hiện **{investment.projectsActive}** dự án đầu tư công trong lĩnh vực KH&CN.

Căn cứ Chương trình công tác tháng {$month}/{$year} của UBND tỉnh được ban hành tại [[narrative:programme-document|OFFICE]], Sở KH&CN được giao chủ trì thực hiện {programme.items} nhiệm vụ, kết quả cụ thể như sau:

[[each:programme.items]]
- Đối với nội dung "{record.label}": {record.detail}^{record.cite}
[[end]]

[[narrative:assessment|OFFICE]]

[[narrative:difficulties|OFFICE]]

# II. NHIỆM VỤ KH&CN TRỌNG TÂM THÁNG {$nextMonth}

[[planned]]

Trên đây là Báo cáo {$subjectLc} của Sở Khoa học và Công nghệ./.
