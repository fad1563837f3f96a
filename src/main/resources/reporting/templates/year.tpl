%% Mẫu báo cáo năm (cú pháp: docs/templates.md): phần thân chung body.tpl, với tiêu đề của kỳ.
@extends body
@define subject: Kết quả hoạt động khoa học và công nghệ năm {$year} và phương hướng, nhiệm vụ năm {$nextYear}
@define reporting-on: kết quả hoạt động khoa học và công nghệ năm {$year} và phương hướng, nhiệm vụ năm {$nextYear}
@define ytd-title: NĂM {$year}
@define plan-title: III. PHƯƠNG HƯỚNG, NHIỆM VỤ KH&CN NĂM {$nextYear}
