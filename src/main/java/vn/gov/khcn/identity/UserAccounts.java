package vn.gov.khcn.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** User accounts: creation, password policy, enabling and disabling, the first administrator. */
@Service
public class UserAccounts implements UserDetailsService {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    public KhcnPrincipal loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, full_name, role, unit, enabled, session_epoch from app_user where username = :u")
                .param("u", username == null ? "" : username.strip().toLowerCase())
                .query((rs, i) -> new KhcnPrincipal(rs.getString(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5) == null ? null : Unit.valueOf(rs.getString(5)),
                        rs.getBoolean(6), rs.getLong(7)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Sai tên đăng nhập hoặc mật khẩu."));
    }

    /**
     * Whether a session signed in at {@code epoch} may go on: the account is still enabled and neither disabled nor
     * given a new password since (one lookup by the unique user name, on every request of a signed-in user).
     */
    public boolean sessionStillValid(String username, long epoch) {
        return jdbc.sql("select count(*) from app_user where username = :u and enabled = true and session_epoch = :e")
                .param("u", username).param("e", epoch).query(Long.class).single() > 0;
    }

    public List<UserView> list() {
        return jdbc.sql("select id, username, full_name, role, unit, enabled, demo from app_user order by username")
                .query((rs, i) -> view(rs)).list();
    }

    public Optional<UserView> find(String username) {
        return jdbc.sql("select id, username, full_name, role, unit, enabled, demo from app_user where username = :u")
                .param("u", username).query((rs, i) -> view(rs)).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Creates an account; the password must pass {@link #checkPolicy} unless it is a demo account. */
    @Transactional
    public UserView create(String username, String fullName, Role role, Unit unit, String password, boolean demo) {
        String u = username == null ? "" : username.strip().toLowerCase();
        if (!u.matches("[a-z0-9._-]{3,40}")) {
            throw new DomainException("username", "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.");
        }
        if (u.equals(CurrentUser.SYSTEM_NAME)) {
            throw new DomainException("username", "Tên đăng nhập \"" + u + "\" dành cho các thao tác của dòng lệnh: hãy chọn tên khác.");
        }
        if (find(u).isPresent()) {
            throw new DomainException("username", "Tên đăng nhập \"" + u + "\" đã có.");
        }
        if (role == Role.UNIT_STAFF && unit == null) {
            throw new DomainException("unit", "Cán bộ đơn vị phải thuộc một đơn vị.");
        }
        if (!demo) {
            checkPolicy(password);
        }
        jdbc.sql("""
                insert into app_user(username, password_hash, full_name, role, unit, enabled, demo)
                values (:u, :h, :n, :r, :unit, true, :demo)""")
                .param("u", u).param("h", encoder.encode(password)).param("n", VietnameseText.clean(fullName))
                .param("r", role.name()).param("unit", unit == null ? null : unit.name()).param("demo", demo)
                .update();
        long id = idOf(u);
        UserView v = find(u).orElseThrow();
        audit.record("user", id, "CREATE", null, v);
        return v;
    }

    private long idOf(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** At least 10 characters with a letter and a digit, and not the user name. */
    public static void checkPolicy(String password) {
        if (password == null || password.length() < 10 || !password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            throw new DomainException("password", "Mật khẩu cần ít nhất 10 ký tự, gồm cả chữ và số.");
        }
        if (password.length() > 200) {
            throw new DomainException("password", "Mật khẩu dài quá 200 ký tự.");
        }
    }

    /**
     * Enables or disables an account. Disabling ends the account's sessions at once (its session epoch moves on).
     * The last enabled administrator cannot be disabled: the administrators' rows are locked first, so two
     * administrators disabling each other at the same moment cannot both succeed.
     */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserView before = find(username).orElseThrow(() -> new DomainException("username", "Không có tài khoản \"" + username + "\"."));
        if (!enabled && before.enabled() && before.role() == Role.ADMIN) {
            List<String> admins = jdbc.sql("select username from app_user where role = 'ADMIN' and enabled = true order by id for update")
                    .query(String.class).list();
            if (admins.equals(List.of(before.username()))) {
                throw new DomainException("enabled", "Không thể khóa \"" + before.username() + "\": đây là tài khoản quản trị cuối cùng "
                        + "đang hoạt động. Hãy tạo hoặc mở khóa một tài khoản quản trị khác trước.");
            }
        }
        jdbc.sql("update app_user set enabled = :e, session_epoch = session_epoch + 1, version = version + 1 where username = :u")
                .param("e", enabled).param("u", username).update();
        audit.record("user", before.id(), enabled ? "ENABLE" : "DISABLE", Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
    }

    @Transactional
    public void resetPassword(String username, String newPassword) {
        UserView u = find(username).orElseThrow(() -> new DomainException("username", "Không có tài khoản \"" + username + "\"."));
        checkPolicy(newPassword);
        // a new password ends the sessions signed in with the old one
        jdbc.sql("update app_user set password_hash = :h, session_epoch = session_epoch + 1, version = version + 1 where username = :u")
                .param("h", encoder.encode(newPassword)).param("u", username).update();
        audit.record("user", u.id(), "RESET_PASSWORD", null, null);
    }

    /** On a first start without demo data: an administrator with a random password, returned once. */
    @Transactional
    public Optional<String> createFirstAdminIfNone() {
        if (count() > 0) {
            return Optional.empty();
        }
        String password = randomPassword();
        create("admin", "Quản trị hệ thống", Role.ADMIN, null, password, false);
        return Optional.of(password);
    }

    /** The demo accounts, all with the password "demo"; existing ones are left as they are. */
    @Transactional
    public void createDemoAccounts() {
        record Demo(String u, String name, Role r, Unit unit) {
        }
        for (Demo d : List.of(
                new Demo("admin", "Quản trị (demo)", Role.ADMIN, null),
                new Demo("giamdoc", "Giám đốc Sở (demo)", Role.DIRECTOR, Unit.DIRECTORATE),
                new Demo("vanphong", "Văn phòng Sở (demo)", Role.OFFICE, Unit.OFFICE),
                new Demo("qlkh", "Cán bộ Phòng Quản lý khoa học (demo)", Role.UNIT_STAFF, Unit.SCIENCE),
                new Demo("qlcn", "Cán bộ Phòng QLCN&SHTT (demo)", Role.UNIT_STAFF, Unit.TECHNOLOGY),
                new Demo("tdc", "Cán bộ Chi cục TĐC (demo)", Role.UNIT_STAFF, Unit.TDC),
                new Demo("thanhtra", "Thanh tra viên (demo)", Role.UNIT_STAFF, Unit.INSPECTORATE),
                new Demo("trungtam", "Cán bộ Trung tâm Ứng dụng (demo)", Role.UNIT_STAFF, Unit.CENTRE),
                new Demo("xem", "Người xem (demo)", Role.VIEWER, null))) {
            if (find(d.u()).isEmpty()) {
                create(d.u(), d.name(), d.r(), d.unit(), "demo", true);
            }
        }
    }

    static String randomPassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.append(r.nextInt(10)).toString();
    }

    private static UserView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getString("unit") == null ? null : Unit.valueOf(rs.getString("unit")),
                rs.getBoolean("enabled"), rs.getBoolean("demo"));
    }
}
