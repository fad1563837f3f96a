package vn.gov.khcn.quality;

import java.time.LocalDate;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.VietnameseText;

/** Input checks shared by the TĐC registers, each naming its field in Vietnamese. */
final class Inputs {
    private Inputs() {
    }

    static String text(String field, String label, String s, int max, boolean required) {
        String t = VietnameseText.clean(s);
        if (t == null && required) {
            throw new DomainException(field, "Cần nhập " + label + ".");
        }
        if (t != null && t.length() > max) {
            throw new DomainException(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " dài quá " + max + " ký tự.");
        }
        return t;
    }

    static LocalDate date(String field, String label, LocalDate d) {
        if (d == null) {
            throw new DomainException(field, "Cần nhập " + label + ".");
        }
        return Formats.checkRange(field, d);
    }

    static Organisation org(Organisations organisations, String field, String label, Long id) {
        if (id == null) {
            throw new DomainException(field, "Cần chọn " + label + " trong danh mục tổ chức.");
        }
        return organisations.find(id).orElseThrow(() -> new DomainException(field, "Không có " + label + " mã " + id + " trong danh mục tổ chức."));
    }

    static int year(String field, Integer y) {
        if (y == null || y < 1900 || y > 2100) {
            throw new DomainException(field, "Cần nhập năm hợp lệ (1900 đến 2100).");
        }
        return y;
    }

    /** Runs an insert and returns the new row's id. */
    static long insert(org.springframework.jdbc.core.simple.JdbcClient.StatementSpec s) {
        org.springframework.jdbc.support.KeyHolder kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
        s.update(kh, "id");
        return kh.getKey().longValue();
    }

    static void updated(int rows, String what, Object before) {
        if (rows == 0) {
            throw new ConcurrentEditException(what, before.toString());
        }
    }
}
