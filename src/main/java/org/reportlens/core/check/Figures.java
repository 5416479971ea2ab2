package org.reportlens.core.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a stretch of text states a quantity: a number with a unit, not a year or an ordinal. */
final class Figures {
    /**
     * A number, then a unit of amount, count or rate. "个" and "次" are left out: "3个方面" and
     * "第2次" count nothing an editor updates; years ("2024年") have no unit here.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![第\\d.])\\d+(?:\\.\\d+)?\\s*(?:%|％|‰|个百分点|万亿|亿|万|千|家|项|人|户|元|美元|吨|公里|千米|平方米|米|亩|所|座|条|辆|套|倍|千瓦|兆瓦|标箱|件|台|张|床|名|处|天|小时|分钟|公顷|立方米)");

    private static final Pattern RATE = Pattern.compile("%|％|‰|个百分点");
    private static final Pattern YEAR = Pattern.compile("\\d{4}年");

    private Figures() {
    }

    /** Whether the text states a quantity of any kind. */
    static boolean stated(CharSequence text) {
        return QUANTITY.matcher(text).find();
    }

    /** Whether the text states a quantity that is not a rate ("300公里", not "3%左右"). */
    static boolean levelStated(CharSequence text) {
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            if (!RATE.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text names a year ("2024年"). */
    static boolean yearNamed(CharSequence text) {
        return YEAR.matcher(text).find();
    }
}
