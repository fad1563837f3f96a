%% Phần thân chung của mọi kỳ báo cáo (cú pháp: docs/templates.md). Mỗi mẫu kỳ (month.tpl, quarter.tpl…) bắt đầu bằng
%% "@extends body", khai báo @define subject, reporting-on, ytd-title, plan-title và thay các khối @block … @endblock của riêng kỳ đó.
%% Mọi con số lấy từ chỉ tiêu {mã}; tên địa danh, sản phẩm lấy từ hồ sơ hoặc cấu hình, không viết sẵn trong mẫu.
@subject {>subject}
@define outreach-ytd: ?{outreach.newsPosts@ytd: Cập nhật được {outreach.newsPosts@ytd} tin, bài lên trang thông tin điện tử {$site}; }?{outreach.bulletinCopies@ytd: xuất bản tài liệu thông tin KH&CN số {outreach.bulletinCopies.names@ytd} (số lượng {outreach.bulletinCopies@ytd} cuốn); }?{outreach.broadcasts@ytd: thực hiện {outreach.broadcasts@ytd} chuyên mục KH&CN và đời sống phát trên sóng của {outreach.broadcasts.names@ytd};}

{$legalBasis} báo cáo {>reporting-on} như sau:

# I. KẾT QUẢ HOẠT ĐỘNG THÁNG {$month} NĂM {$year}
@period month

Trong tháng {$month}/{$year}, Sở KH&CN tiếp tục triển khai thực hiện [[narrative:month-plans|OFFICE]], kết quả đạt được tính từ ngày {$monthStart} đến {$monthEnd} như sau:

## 1. Công tác tham mưu xây dựng văn bản quy phạm pháp luật:

?{drafting.inProgress: Đẩy nhanh tiến độ tham mưu xây dựng dự thảo **{drafting.inProgress.by.body.PARTY_COMMITTEE}** Nghị quyết của Tỉnh ủy và **{drafting.normativeInProgress}** VBQPPL thuộc lĩnh vực KH&CN ({drafting.normativeInProgress.by.body.PEOPLE_COUNCIL} Nghị quyết của HĐND tỉnh, {drafting.normativeInProgress.by.body.PEOPLE_COMMITTEE} Quyết định của UBND tỉnh), cụ thể: }[[narrative:month-drafting|OFFICE]]

## 2. Công tác chuyên môn về KH&CN:
@tie Hội đồng nghiệm thu = tasks.acceptanceCouncilsFormed
@tie dự án đầu tư công = investment.projectsActive

- Công tác quản lý nhiệm vụ KH&CN:

+ Đối với các nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh: ?{tasks.implementing: Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với **{tasks.implementing}** nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh gồm có: ?{tasks.implementing.by.level.~URGENT_LOCAL+RURAL_MOUNTAIN+PROVINCIAL: **{tasks.implementing.by.level.~URGENT_LOCAL+RURAL_MOUNTAIN+PROVINCIAL.commas: nhiệm vụ}**, }?{tasks.implementing.by.level.URGENT_LOCAL: **{tasks.implementing.by.level.URGENT_LOCAL}** dự án cấp thiết địa phương sử dụng kinh phí cấp quốc gia, }?{tasks.implementing.by.level.RURAL_MOUNTAIN: **{tasks.implementing.by.level.RURAL_MOUNTAIN}** dự án thuộc chương trình nông thôn miền núi và }?{tasks.implementing.by.level.PROVINCIAL: **{tasks.implementing.by.level.PROVINCIAL}** dự án, đề tài cấp tỉnh | chưa có dự án, đề tài cấp tỉnh} đang được triển khai thực hiện trên địa bàn tỉnh | chưa có nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh}?{tasks.acceptanceCouncilsFormed: , trong đó đã tham mưu thành lập {tasks.acceptanceCouncilsFormed} Hội đồng nghiệm thu ([[narrative:month-acceptance-councils|SCIENCE]])}; ?{tasks.certified: Cấp Giấy chứng nhận kết quả thực hiện cho **{tasks.certified}** nhiệm vụ KH&CN;}

?{tasks.submittedForApproval: + Đối với các nhiệm vụ KH&CN bắt đầu thực hiện từ năm {$year}: trình UBND tỉnh phê duyệt đối với **{tasks.submittedForApproval}** nhiệm vụ KH&CN bắt đầu thực hiện từ năm {$year} trước khi tiến hành ký kết hợp đồng thực hiện^{cite:tasks.submittedForApproval};}

+ Đối với các nhiệm vụ KH&CN bắt đầu thực hiện từ năm {$nextYear}: [[narrative:month-next-year-tasks|SCIENCE]]

[[narrative:month-science-other|SCIENCE]]

- Về công tác quản lý công nghệ, sở hữu trí tuệ, an toàn bức xạ và hạt nhân:

[[narrative:month-technology|TECHNOLOGY]]

- Về công tác thanh tra, tiêu chuẩn đo lường chất lượng: ?{iso.agenciesChecked: Hoàn thành việc kiểm tra tình hình áp dụng HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan hành chính nhà nước tại {iso.agenciesChecked} đơn vị; }[[narrative:month-tdc|TDC]] ?{quality.awardDossiers: Hoàn thiện hồ sơ, trình Tổng cục Tiêu chuẩn Đo lường Chất lượng xem xét đối với hoạt động giải thưởng chất lượng quốc gia năm {$year} (*hồ sơ của {quality.awardDossiers} doanh nghiệp*); }?{tdc.businessesGuided: Hướng dẫn **{tdc.businessesGuided}** cơ sở thực hiện các quy định về tiêu chuẩn đo lường chất lượng; }hoạt động thông tin tuyên truyền, giới thiệu về các hoạt động KH&CN nổi bật trên địa bàn tỉnh được đẩy mạnh thực hiện bằng nhiều hình thức có hiệu quả^{detail: ?{outreach.newsPosts: Cập nhật được **{outreach.newsPosts}** tin, bài lên trang thông tin điện tử {$site}; }?{outreach.broadcasts: thực hiện **{outreach.broadcasts}** chuyên mục KH&CN và đời sống phát trên sóng của {outreach.broadcasts.names}; }[[narrative:month-outreach|OFFICE]]}; Hoạt động nghiên cứu, ứng dụng, kiểm định hiệu chuẩn đo lường chất lượng tại Trung tâm Ứng dụng tiến bộ KH&CN là đơn vị sự nghiệp công lập trực thuộc Sở được duy trì thực hiện theo nhiệm vụ thường xuyên theo chức năng đã ký kết;

@block month-more
@endblock

?{investment.projectsActive: - Tiếp tục quan tâm, đẩy nhanh tiến độ triển khai thực hiện **{investment.projectsActive}** dự án đầu tư công trong lĩnh vực KH&CN.}

?{programme.items: Căn cứ Chương trình công tác tháng {$month}/{$year} của UBND tỉnh được ban hành tại [[narrative:programme-document|OFFICE]], Sở KH&CN được giao chủ trì thực hiện {programme.items} nhiệm vụ, kết quả cụ thể như sau:}

[[each:programme.items]]
- Đối với nội dung "{record.label}": {record.detail}^{record.cite}
[[end]]

@block ytd
# II. KẾT QUẢ HOẠT ĐỘNG {>ytd-title}
@period ytd

[[narrative:ytd-intro|OFFICE]]

## 1. Về công tác tham mưu

Tích cực tham mưu xây dựng hệ thống các văn chỉ đạo, cơ chế chính sách về KH&CN trên địa bàn tỉnh, cụ thể:

- ?{drafting.inProgress: Tham mưu xây dựng **{drafting.inProgress.by.body.PARTY_COMMITTEE}** dự thảo Nghị quyết của Tỉnh ủy và **{drafting.normativeInProgress}** dự thảo VBQPPL thuộc lĩnh vực KH&CN (*{drafting.normativeInProgress.by.body.PEOPLE_COUNCIL} Nghị quyết của HĐND tỉnh, {drafting.normativeInProgress.by.body.PEOPLE_COMMITTEE} Quyết định của UBND tỉnh*). | Chưa có dự thảo văn bản đang tham mưu xây dựng.}

[[narrative:ytd-drafting|OFFICE]]

## 2. Về công tác chuyên môn

### a) Công tác quản lý nhiệm vụ KH&CN:
@tie nhiệm vụ KH&CN đang được triển khai = tasks.managed

- Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với **{tasks.managed}** nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh (?{tasks.managed.by.origin.CARRIED_OVER: **{tasks.managed.by.origin.CARRIED_OVER}** nhiệm vụ chuyển tiếp | chưa có nhiệm vụ chuyển tiếp}?{tasks.managed.by.origin/level.NEW/PROVINCIAL: , **{tasks.managed.by.origin/level.NEW/PROVINCIAL}** nhiệm vụ cấp tỉnh bắt đầu thực hiện từ năm {$year}}?{tasks.managed.by.origin/level.NEW/GRASSROOTS: , **{tasks.managed.by.origin/level.NEW/GRASSROOTS}** nhiệm vụ cấp cơ sở bắt đầu thực hiện từ năm {$year}}?{tasks.managed.by.origin/level.NEW/~PROVINCIAL+GRASSROOTS: , **{tasks.managed.by.origin/level.NEW/~PROVINCIAL+GRASSROOTS: nhiệm vụ}** bắt đầu thực hiện từ năm {$year}}), cụ thể: ?{tasks.managed.by.level.RURAL_MOUNTAIN: **{tasks.managed.by.level.RURAL_MOUNTAIN}** dự án thuộc chương trình nông thôn miền núi^{detail: ?{tasks.progressChecked.by.level.RURAL_MOUNTAIN: Kiểm tra tiến độ thực hiện đối với {tasks.progressChecked.by.level.RURAL_MOUNTAIN} dự án; }?{tasks.adjustmentRequested.by.level.RURAL_MOUNTAIN: tham mưu trình Bộ KH&CN xem xét điều chỉnh một số nội dung đối với {tasks.adjustmentRequested.by.level.RURAL_MOUNTAIN} dự án;}}; }?{tasks.managed.by.level.URGENT_LOCAL: **{tasks.managed.by.level.URGENT_LOCAL}** nhiệm vụ KH&CN cấp thiết địa phương sử dụng ngân sách Trung ương; }?{tasks.managed.by.level.~URGENT_LOCAL+RURAL_MOUNTAIN+PROVINCIAL+GRASSROOTS: **{tasks.managed.by.level.~URGENT_LOCAL+RURAL_MOUNTAIN+PROVINCIAL+GRASSROOTS: nhiệm vụ}**; }?{tasks.managed.by.level.PROVINCIAL: **{tasks.managed.by.level.PROVINCIAL}** dự án, đề tài cấp tỉnh^{detail: ?{tasks.accepted.by.level.~PROVINCIAL+GRASSROOTS: | ?{tasks.accepted: Tổ chức Hội đồng nghiệm thu đối với {tasks.accepted} nhiệm vụ (trong đó, có {tasks.accepted.by.rating.commas: nhiệm vụ xếp loại})?{tasks.accepted|plan:, đạt {tasks.accepted|percent} kế hoạch năm ({tasks.accepted|plan} nhiệm vụ?{tasks.accepted|remaining:, còn {tasks.accepted|remaining} nhiệm vụ})}; }}?{tasks.progressChecked.by.level.PROVINCIAL: Kiểm tra tiến độ thực hiện và xác định khối lượng đối với {tasks.progressChecked.by.level.PROVINCIAL} nhiệm vụ; }?{tasks.certified: Cấp giấy chứng nhận kết quả thực hiện đối với {tasks.certified} nhiệm vụ đã kết thúc; }?{tasks.resultsRecognised: tham mưu công nhận kết quả thực hiện đối với {tasks.resultsRecognised} nhiệm vụ; }[[narrative:ytd-provincial-tasks-note|SCIENCE]]}; }?{tasks.managed.by.level.GRASSROOTS: **{tasks.managed.by.level.GRASSROOTS}** dự án cấp cơ sở | chưa có dự án cấp cơ sở}. ?{tasks.accepted.by.level.~PROVINCIAL+GRASSROOTS: Tổ chức Hội đồng nghiệm thu đối với **{tasks.accepted}** nhiệm vụ ({tasks.accepted.by.level: nhiệm vụ}), trong đó có {tasks.accepted.by.rating.commas: nhiệm vụ xếp loại}?{tasks.accepted|plan:, đạt {tasks.accepted|percent} kế hoạch năm ({tasks.accepted|plan} nhiệm vụ?{tasks.accepted|remaining:, còn {tasks.accepted|remaining} nhiệm vụ})}. }[[narrative:ytd-task-models|SCIENCE]]

- ?{tasks.listedNextYear.by.level.RURAL_MOUNTAIN: Tham mưu cho UBND tỉnh trình và được Bộ KH&CN phê duyệt danh mục {tasks.listedNextYear.by.level.RURAL_MOUNTAIN} nhiệm vụ thuộc Chương trình nông thôn miền núi bắt đầu thực hiện từ năm {$nextYear} trên địa bàn tỉnh (*trong đó, {tasks.listedNextYear.by.management.CENTRAL}* nhiệm vụ do Trung ương quản lý, *{tasks.listedNextYear.by.management.DELEGATED}* nhiệm vụ ủy quyền địa phương quản lý), tính đến ngày {$ytdEnd} Bộ KH&CN đã tổ chức thẩm định nội dung, kinh phí được {tasks.appraisedNextYear.by.level.RURAL_MOUNTAIN}/{tasks.listedNextYear.by.level.RURAL_MOUNTAIN} nhiệm vụ; }[[narrative:ytd-cooperation|SCIENCE]]

- Đối với các nhiệm vụ KH&CN cấp tỉnh, cấp cơ sở bắt đầu thực hiện năm {$nextYear}: tham mưu trình UBND tỉnh phê duyệt Danh mục nhiệm vụ KH&CN cấp tỉnh bắt đầu thực hiện năm {$nextYear} ?{tasks.listedNextYear.by.level.~RURAL_MOUNTAIN: gồm {tasks.listedNextYear.by.level.~RURAL_MOUNTAIN.total} nhiệm vụ (*{tasks.listedNextYear.by.level.~RURAL_MOUNTAIN.commas: nhiệm vụ}*) | chưa có nhiệm vụ}; [[narrative:ytd-next-year-selection|SCIENCE]]

- Tham mưu thực hiện việc chuyển giao kết quả đề tài nghiên cứu khoa học theo nhu cầu công việc của [[narrative:ytd-transfer-recipients|SCIENCE]]^{detail: [[narrative:ytd-transfer-decision|SCIENCE]] ?{tasks.resultsTransferred: Hiện đã tiến hành bàn giao kết quả {tasks.resultsTransferred} nhiệm vụ KH&CN cho {tasks.resultsRecipients} đơn vị.}}; [[narrative:ytd-transfer-more|SCIENCE]]

?{tasks.resultsApplied: - Kết quả của **{tasks.resultsApplied}** nhiệm vụ KH&CN ({tasks.resultsApplied.by.level: nhiệm vụ}) được ứng dụng vào sản xuất, đời sống.}

### b) Công tác quản lý về công nghệ, sở hữu trí tuệ, an toàn bức xạ và hạt nhân:

[[narrative:ytd-technology-plans|TECHNOLOGY]]

- [[narrative:ytd-ip-plans|TECHNOLOGY]] ?{ip.programmeProposals: tham mưu đề xuất nhiệm vụ cấp quốc gia thuộc Chương trình phát triển tài sản trí tuệ đến năm 2030, thực hiện từ năm {$nextYear}^{cite:ip.programmeProposals}, trong đó đề xuất **{ip.programmeProposals}** nhiệm vụ tham gia Chương trình^{records:ip.programmeProposals}; }?{ip.supportOrganisations: Tư vấn, hướng dẫn cho **{ip.supportOrganisations}** tổ chức, cá nhân thủ tục đề nghị hỗ trợ kinh phí đăng ký quyền sở hữu công nghiệp;} ?{ip.marksBuilt: hoàn thành xây dựng **{ip.marksBuilt.by.kind.commas}** cho sản phẩm đặc sản của địa phương ({ip.marksBuilt.names.commas});} ?{initiatives.rounds: triển khai công tác đánh giá, công nhận phạm vi ảnh hưởng, hiệu quả áp dụng cấp tỉnh của sáng kiến {initiatives.rounds.names};}

- [[narrative:ytd-innovation|TECHNOLOGY]] ?{technology.appraisals: Cho ý kiến về công nghệ đối với **{technology.appraisals}** dự án đầu tư;}

- Theo dõi, đôn đốc các cơ sở bức xạ hoạt động theo đúng quy định, trong đó ?{radiation.dossiersResolved: đã tiến hành xem xét giải quyết **{radiation.dossiersResolved}** hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân | chưa có hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân được giải quyết}; [[narrative:ytd-radiation|TECHNOLOGY]]?{radiation.inspectedDistricts:  tổ chức kiểm tra an toàn bức xạ và hạt nhân tại một số cơ sở y tế trên địa bàn {radiation.inspectedDistricts} huyện ({radiation.inspectedDistricts.names.commas})}.

### c) Công tác quản lý về tiêu chuẩn đo lường chất lượng, thanh tra KH&CN:
@tie cuộc thanh tra = inspection.campaigns

?{inspection.campaigns: Tổ chức {inspection.campaigns} cuộc thanh tra chuyên ngành ({inspection.campaigns.by.field.commas: cuộc về}) đối với {inspection.facilities} cơ sở?{inspection.campaigns|plan:, đạt {inspection.campaigns|percent} kế hoạch năm ({inspection.campaigns|plan} cuộc?{inspection.campaigns|remaining:, còn {inspection.campaigns|remaining} cuộc})} | Chưa tổ chức cuộc thanh tra chuyên ngành nào}; ?{inspection.checks: Tổ chức {inspection.checks} cuộc kiểm tra nhà nước ({inspection.checks.by.field.commas: cuộc về}) tại {inspection.checkedFacilities} cơ sở sản xuất, kinh doanh trên địa bàn tỉnh | Tổ chức kiểm tra nhà nước về Tiêu chuẩn Đo lường Chất lượng tại các cơ sở sản xuất, kinh doanh trên địa bàn tỉnh}; ?{inspection.instrumentsChecked: Kiểm tra {inspection.instrumentsChecked} phương tiện đo tại các cơ sở được thanh tra, kiểm tra; }?{inspection.allFacilities.by.commune.~NONE: Địa bàn các cơ sở được thanh tra, kiểm tra: {inspection.allFacilities.by.commune.~NONE.commas: cơ sở tại}; }?{quality.surveyedFacilities: Tiến hành khảo sát chất lượng sản phẩm, hàng hóa tại {quality.surveyedFacilities.names.count} địa bàn ({quality.surveyedFacilities.names.commas}) đối với {quality.surveyedFacilities} cơ sở; }?{iso.agenciesPlanned: Tổ chức kiểm tra hoạt động áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn Quốc gia TCVN ISO 9001:2015 năm {$year} được {iso.agenciesChecked}/{iso.agenciesPlanned} đơn vị theo kế hoạch; }?{quality.awardDossiers: Hoàn thiện hồ sơ GTCLQG gửi Tổng cục Tiêu chuẩn Đo lường chất lượng xem xét, giới thiệu {quality.awardDossiers} doanh nghiệp đủ điều kiện tham gia Giải thưởng chất lượng quốc gia năm {$year};} [[narrative:ytd-tdc|TDC]]

### d) Hoạt động nghiên cứu ứng dụng, kiểm định, dịch vụ và thông tin KH&CN:
@tie lớp hướng dẫn kỹ thuật = centre.trainings
@tie máy X-quang = centre.xrayMachinesVerified

[[narrative:ytd-centre|CENTRE]]?{centre.trainings:  tổ chức {centre.trainings} lớp hướng dẫn kỹ thuật cho bà con nông dân tại {centre.trainings.names.count} xã ({centre.trainings.names});} chăm sóc các mô hình?{centre.geneSources:  và lưu giữ {centre.geneSources} loại nguồn gen cây trồng}; ?{centre.produced: sản xuất {centre.produced.parts.names|lower}^{detail: Sản xuất được {centre.produced.parts|lower};?{centre.sold:  tiêu thụ được {centre.sold.parts|lower};}}; }?{centre.xrayMachinesVerified: kiểm định **{centre.xrayMachinesVerified}** máy X-quang, }?{centre.xrayRoomsChecked: kiểm xạ **{centre.xrayRoomsChecked}** phòng X-quang^{detail: Tại {centre.xrayRoomsChecked.names}.}; }?{metrology.verifications: kiểm định, hiệu chuẩn các phương tiện đo tại các cơ sở trên địa bàn tỉnh^{detail: Kiểm định, hiệu chuẩn được {metrology.verifications} PTĐ, trong đó {metrology.verifications.by.result.commas: PTĐ}, gồm {metrology.verifications.names.commas|lower}...;}; }hoạt động thông tin tuyên truyền về các hoạt động KH&CN nổi bật trên địa bàn tỉnh được quan tâm đẩy mạnh^{detail: {>outreach-ytd}}; ...

### e) Công tác khác:
@tie dự án đầu tư công = investment.projectsActive

[[narrative:ytd-other|OFFICE]] hoạt động thông tin tuyên truyền, giới thiệu về các hoạt động KH&CN nổi bật trên địa bàn tỉnh được đẩy mạnh thực hiện bằng nhiều hình thức có hiệu quả^{detail: {>outreach-ytd} [[narrative:ytd-outreach-extra|OFFICE]]}; [[narrative:ytd-other-more|OFFICE]] ?{investment.projectsActive: Tiếp tục quan tâm, đẩy nhanh tiến độ triển khai thực hiện **{investment.projectsActive}** dự án đầu tư công trong lĩnh vực KH&CN.}
@endblock

[[narrative:assessment|OFFICE]]

[[narrative:difficulties|OFFICE]]

# {>plan-title}

[[planned]]

Trên đây là Báo cáo {$subjectLc} của Sở Khoa học và Công nghệ./.
