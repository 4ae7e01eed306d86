package jp.mypage.linking;

import java.io.Serializable;
import jp.mypage.domain.linking.LinkApproval;

/**
 * A company's choice for new links: 自動で承認 or 確認してから承認, whether it is mailed about them, and
 * whether it gets the weekly digest of its linked learners' incomplete seats.
 */
public record LinkPolicy(LinkApproval approval, boolean notifyByMail, boolean weeklyDigest) implements Serializable {
}
