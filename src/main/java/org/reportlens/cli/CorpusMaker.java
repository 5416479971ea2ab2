package org.reportlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.load.ReportFileReader;
import org.reportlens.core.load.ReportLoadException;
import org.reportlens.core.report.InvalidFileName;

/**
 * {@code make-corpus --out DIR [--reports N] [--chars N] [--copied PERCENT] [--seed S] SEED_FILE...}:
 * writes a synthetic corpus for benchmarking {@code dups}. Each report is mostly new text made by
 * a character Markov chain trained on the seed files (plausible characters, no long repeats), with
 * passages of one to three sentences copied from the seeds — half of them with a number or two
 * characters changed — and an occasional stock phrase. Same arguments, same corpus.
 */
final class CorpusMaker {
    private static final String[] STOCK = {
        "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。",
        "完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。",
        "坚持稳中求进工作总基调，统筹发展和安全。",
    };

    private CorpusMaker() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        int reports = 1000;
        int chars = 40_000;
        int copiedPercent = 15;
        long seed = 1;
        Path dir = null;
        List<String> seedFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> dir = Cli.path(Cli.value(args, ++i, arg), arg);
                case "--reports" -> reports = Cli.wholeNumber(args, ++i, arg, 1);
                case "--chars" -> chars = Cli.wholeNumber(args, ++i, arg, 1);
                case "--copied" -> copiedPercent = Math.min(100, Cli.wholeNumber(args, ++i, arg, 0));
                case "--seed" -> seed = Cli.wholeNumber(args, ++i, arg, 0);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new Cli.UsageException("unknown option " + arg);
                    }
                    seedFiles.add(arg);
                }
            }
        }
        if (dir == null || seedFiles.isEmpty()) {
            throw new Cli.UsageException("make-corpus needs --out DIR and at least one seed file");
        }
        List<String> paragraphs = new ArrayList<>();
        ReportFileReader reader = new ReportFileReader();
        InputPaths.Expansion seeds = InputPaths.expand(seedFiles);
        seeds.skipped().forEach(s -> err.println("reportlens: " + s.message()));
        for (String f : seeds.files()) {
            try {
                for (String line : reader.read(Path.of(f)).text().split("\\R")) {
                    if (line.strip().length() >= 40) {
                        paragraphs.add(line.strip());
                    }
                }
            } catch (ReportLoadException e) {
                err.println("reportlens: " + f + ": " + e.problem());
                return Cli.USAGE_OR_NOTHING_READ;
            } catch (InvalidPathException e) {
                err.println("reportlens: " + f + " " + InvalidFileName.reason(e));
                return Cli.USAGE_OR_NOTHING_READ;
            }
        }
        Random random = new Random(seed);
        Markov markov = new Markov(paragraphs);
        try {
            Files.createDirectories(dir);
            for (int r = 0; r < reports; r++) {
                String text = report(r, chars, copiedPercent, paragraphs, markov, random);
                Files.writeString(dir.resolve(String.format(Locale.ROOT, "report-%05d.txt", r)), text,
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("reportlens: cannot write the corpus to " + dir + ": "
                    + org.reportlens.core.load.InputFile.describe(dir, e));
            return Cli.USAGE_OR_NOTHING_READ;
        }
        out.println("wrote " + reports + " reports of about " + chars + " characters to " + dir);
        return Cli.OK;
    }

    private static String report(int index, int chars, int copiedPercent, List<String> paragraphs, Markov markov,
                                 Random random) {
        StringBuilder text = new StringBuilder();
        text.append("第").append(index).append("号市").append(2015 + random.nextInt(12)).append("年政府工作报告\n");
        while (text.length() < chars) {
            StringBuilder paragraph = new StringBuilder();
            int length = 80 + random.nextInt(300);
            while (paragraph.length() < length) {
                int dice = random.nextInt(100);
                if (dice < copiedPercent) {
                    paragraph.append(copied(paragraphs.get(random.nextInt(paragraphs.size())), random));
                } else if (dice < copiedPercent + 2) {
                    paragraph.append(STOCK[random.nextInt(STOCK.length)]);
                } else {
                    paragraph.append(markov.sentence(random));
                }
            }
            text.append(paragraph).append('\n');
        }
        return text.toString();
    }

    /** One to three sentences of a seed paragraph; half the time a digit or two characters changed. */
    private static String copied(String paragraph, Random random) {
        String[] sentences = paragraph.split("(?<=[。；])");
        int from = random.nextInt(sentences.length);
        int to = Math.min(sentences.length, from + 1 + random.nextInt(3));
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(sentences[i]);
        }
        if (random.nextBoolean() && s.length() > 4) {
            int at = random.nextInt(s.length() - 2);
            int digit = -1;
            for (int i = at; i < s.length() && digit < 0; i++) {
                digit = Character.isDigit(s.charAt(i)) ? i : -1;
            }
            if (digit >= 0) {
                s.setCharAt(digit, (char) ('0' + (s.charAt(digit) - '0' + 1 + random.nextInt(8)) % 10));
            } else {
                s.replace(at, at + 2, "新区");
            }
        }
        return s.toString();
    }

    /** An order-2 character Markov chain: text that reads like a report at a glance and repeats little. */
    private static final class Markov {
        private final Map<String, StringBuilder> next = new HashMap<>();
        private final List<String> starts = new ArrayList<>();

        Markov(List<String> paragraphs) {
            for (String p : paragraphs) {
                starts.add(p.substring(0, 2));
                for (int i = 0; i + 2 < p.length(); i++) {
                    next.computeIfAbsent(p.substring(i, i + 2), k -> new StringBuilder()).append(p.charAt(i + 2));
                }
            }
        }

        String sentence(Random random) {
            StringBuilder s = new StringBuilder(starts.get(random.nextInt(starts.size())));
            int limit = 20 + random.nextInt(60);
            while (s.length() < limit) {
                StringBuilder options = next.get(s.substring(s.length() - 2));
                if (options == null) {
                    break;
                }
                char c = options.charAt(random.nextInt(options.length()));
                if (c == '。') {
                    break;
                }
                s.append(c);
            }
            return s.append('。').toString();
        }
    }
}
