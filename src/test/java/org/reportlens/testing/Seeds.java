package org.reportlens.testing;

import java.nio.file.Path;

/** The sample reports in {@code seeds/}, by what they are. */
public final class Seeds {
    public static final Path DIR = Path.of("seeds");
    /** 西岗区, part of a plan (no title, no parts). */
    public static final Path XIGANG_PLAN_PART = DIR.resolve("000_6b64a79ddd618c0d.txt");
    /** 2024年大连市政府工作报告, whole, saved from a web page. */
    public static final Path DALIAN_2024 = DIR.resolve("001_4af55ab381632780.txt");
    /** 大连高新区 2024, whole text twice. */
    public static final Path GAOXIN_2024 = DIR.resolve("002_ca4b8885897b7fc4.txt");
    /** 大连市 2022, the plan part only, saved from a web page. */
    public static final Path DALIAN_2022 = DIR.resolve("003_b90cf4ca75591012.txt");
    /** 大连高新区 2026, whole text twice. */
    public static final Path GAOXIN_2026 = DIR.resolve("004_8214ba83723716f4.txt");

    private Seeds() {
    }
}
