package jp.mypage.linking;

import java.io.Serializable;
import jp.mypage.domain.linking.LinkApproval;

/** A company's choice for new links: 自動で承認 or 確認してから承認, and whether it is mailed. */
public record LinkPolicy(LinkApproval approval, boolean notifyByMail) implements Serializable {
}
