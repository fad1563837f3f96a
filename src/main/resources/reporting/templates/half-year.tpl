%% Mẫu báo cáo 6 tháng (cú pháp: docs/templates.md): phần thân chung body.tpl, với tiêu đề của kỳ.
@extends body
@define subject: Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm {$year} và nhiệm vụ trọng tâm 6 tháng cuối năm {$year}
@define reporting-on: kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm {$year} và nhiệm vụ trọng tâm 6 tháng cuối năm {$year}
@define ytd-title: 6 THÁNG ĐẦU NĂM {$year}
@define plan-title: III. NHIỆM VỤ KH&CN TRỌNG TÂM 6 THÁNG CUỐI NĂM {$year}
