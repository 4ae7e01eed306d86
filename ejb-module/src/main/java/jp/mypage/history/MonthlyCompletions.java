package jp.mypage.history;

import java.io.Serializable;
import java.time.YearMonth;

/** 修了者数 of one month (in Japan). */
public record MonthlyCompletions(YearMonth month, long completions) implements Serializable {
}
