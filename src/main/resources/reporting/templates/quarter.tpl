%% Mẫu báo cáo quý (cú pháp: docs/templates.md): phần thân chung body.tpl, với tiêu đề của kỳ.
@extends body
@define subject: Kết quả hoạt động KH&CN quý {$quarter} năm {$year} và nhiệm vụ trọng tâm quý tiếp theo
@define reporting-on: kết quả hoạt động KH&CN quý {$quarter} năm {$year} và nhiệm vụ trọng tâm quý tiếp theo
@define ytd-title: QUÝ {$quarter} VÀ LŨY KẾ {$elapsed} THÁNG NĂM {$year}
@define plan-title: III. NHIỆM VỤ KH&CN TRỌNG TÂM QUÝ TIẾP THEO
