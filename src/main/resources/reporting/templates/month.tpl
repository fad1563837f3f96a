%% Mẫu báo cáo tháng (cú pháp: docs/templates.md): phần thân chung body.tpl; báo cáo tháng không có phần lũy kế (khối ytd bỏ trống)
%% và in thêm các con số hội đồng, nghiệm thu, đo lường, thanh tra, an toàn bức xạ, sở hữu trí tuệ của tháng (khối month-more).
@extends body
@define subject: Kết quả hoạt động khoa học và công nghệ tháng {$month} năm {$year} và nhiệm vụ công tác trọng tâm tháng {$nextMonth}
@define reporting-on: kết quả hoạt động quản lý nhà nước trong lĩnh vực KH&CN tháng {$month} năm {$year} và nhiệm vụ công tác trọng tâm tháng {$nextMonth}
@define plan-title: II. NHIỆM VỤ KH&CN TRỌNG TÂM THÁNG {$nextMonth}

@block month-more
- Về công tác đánh giá, nghiệm thu nhiệm vụ KH&CN trong tháng: ?{tasks.councilsHeld: tổ chức họp **{tasks.councilsHeld}** hội đồng ({tasks.councilsHeld.by.kind}) | chưa có hội đồng tư vấn, tuyển chọn, nghiệm thu nào họp}; ?{tasks.accepted: **{tasks.accepted}** nhiệm vụ được hội đồng nghiệm thu đánh giá ({tasks.accepted.by.level: nhiệm vụ}), trong đó có {tasks.accepted.by.rating.commas: nhiệm vụ xếp loại} | chưa có nhiệm vụ được hội đồng nghiệm thu đánh giá}. ?{tasks.resultsApplied: Kết quả của **{tasks.resultsApplied}** nhiệm vụ ({tasks.resultsApplied.by.level: nhiệm vụ}) được ứng dụng vào sản xuất, đời sống.}

- Về công tác đo lường, thanh tra, kiểm tra, an toàn bức xạ và sở hữu trí tuệ trong tháng: ?{metrology.verifications: kiểm định, hiệu chuẩn được **{metrology.verifications}** PTĐ ({metrology.verifications.by.result.commas: PTĐ}) | chưa có phương tiện đo được kiểm định, hiệu chuẩn}; ?{inspection.campaigns: tổ chức **{inspection.campaigns}** cuộc thanh tra chuyên ngành ({inspection.campaigns.by.field.commas: cuộc về}) đối với {inspection.facilities} cơ sở | chưa tổ chức cuộc thanh tra chuyên ngành nào}; ?{inspection.checks: tổ chức **{inspection.checks}** cuộc kiểm tra nhà nước ({inspection.checks.by.field.commas: cuộc về}) tại {inspection.checkedFacilities} cơ sở; }?{inspection.instrumentsChecked: kiểm tra {inspection.instrumentsChecked} phương tiện đo tại các cơ sở được thanh tra, kiểm tra; }?{radiation.dossiersResolved: xem xét giải quyết **{radiation.dossiersResolved}** hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân | chưa có hồ sơ an toàn bức xạ, hạt nhân được giải quyết}; ?{ip.supportOrganisations: tư vấn, hướng dẫn cho **{ip.supportOrganisations}** tổ chức, cá nhân ({ip.supportCases} lượt) thủ tục đề nghị hỗ trợ kinh phí đăng ký quyền sở hữu công nghiệp | chưa có tổ chức, cá nhân được hướng dẫn đăng ký quyền sở hữu công nghiệp}. ?{ip.marksBuilt: Hoàn thành xây dựng **{ip.marksBuilt.by.kind.commas}** ({ip.marksBuilt.names.commas}).} ?{inspection.allFacilities.by.commune.~NONE: Địa bàn các cơ sở được thanh tra, kiểm tra trong tháng: {inspection.allFacilities.by.commune.~NONE.commas: cơ sở tại}.}
@endblock

@block ytd
@endblock
