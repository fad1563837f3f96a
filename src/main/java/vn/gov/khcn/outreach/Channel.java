package vn.gov.khcn.outreach;

import com.fasterxml.jackson.annotation.JsonCreator;
import vn.gov.khcn.shared.Code;

/**
 * Where an outreach item appeared: a code of the vocabulary {@code vocabulary.VocabularyList.OUTREACH_CHANNEL}, which a department extends
 * ("Mạng xã hội", "Bản tin điện tử"). The constants are the codes the code relies on by name (a bulletin is numbered and printed in copies, a broadcast names its station; every other channel, news posts included, names the site it was posted on); labels, and every other entry, come
 * from the vocabulary.
 */
public record Channel(String code) implements Code {
    public static final Channel NEWS_POST = new Channel("NEWS_POST");
    public static final Channel BROADCAST = new Channel("BROADCAST");
    public static final Channel BULLETIN = new Channel("BULLETIN");

    public Channel {
        code = Code.checked(code, "Channel");
    }

    /** The entry of a code as JSON, a form, a column or a query parameter sends it (Spring and Jackson convert through it). */
    @JsonCreator
    public static Channel valueOf(String code) {
        return Code.of(code, Channel::new);
    }

    @Override
    public String toString() {
        return code;
    }
}
