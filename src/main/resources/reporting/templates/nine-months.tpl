%% Mẫu báo cáo 9 tháng (cú pháp: docs/templates.md): phần thân chung body.tpl, với tiêu đề của kỳ. Mọi con số lấy từ chỉ tiêu {mã}.
@extends body
@define subject: Kết quả hoạt động khoa học và công nghệ tháng {$month}, {$elapsed} tháng đầu năm {$year} và nhiệm vụ công tác trọng tâm {$remaining} tháng cuối năm {$year}
@define reporting-on: kết quả hoạt động quản lý nhà nước trong lĩnh vực KH&CN tháng {$month}, {$elapsed} tháng đầu năm {$year} và nhiệm vụ công tác trọng tâm {$remaining} tháng cuối năm {$year}
@define ytd-title: {$elapsed} THÁNG ĐẦU NĂM {$year}
@define plan-title: III. NHIỆM VỤ KH&CN TRỌNG TÂM {$remaining} THÁNG CUỐI NĂM {$year}
