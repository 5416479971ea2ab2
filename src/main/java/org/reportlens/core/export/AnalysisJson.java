package org.reportlens.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.check.Finding;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.ChangeEnd;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Comparison;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.Fallback;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.RowPair;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.dups.NearEdit;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.dups.Places;
import org.reportlens.core.dups.ReportPair;
import org.reportlens.core.dups.ReuseShare;
import org.reportlens.core.dups.SectionReuse;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetAnalysis;
import org.reportlens.core.targets.TargetTable;
import org.reportlens.core.text.Span;

/**
 * Writes a {@link LoadResult} as the JSON of {@code docs/json-format.md}. The tree is built field by
 * field, not by reflection, so renaming a Java field can never silently change the format.
 */
public final class AnalysisJson {
    public static final int SCHEMA_VERSION = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    public static String write(LoadResult result, Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(tree(result, analysis)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialize", e);
        }
    }

    public static ObjectNode tree(LoadResult result, Analysis analysis) {
        Comparison comparison = analysis.comparison();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("options", options(analysis));
        ArrayNode reports = root.putArray("reports");
        for (Report report : result.reports()) {
            reports.add(report(report));
        }
        root.set("order", MAPPER.valueToTree(comparison.reports()));
        ArrayNode alignment = root.putArray("alignment");
        for (AlignmentRow row : comparison.alignment()) {
            alignment.add(row(row, analysis.compared()));
        }
        boolean hideRoutine = analysis.options().hideRoutine();
        ArrayNode pairs = root.putArray("pairs");
        ArrayNode units = root.putArray("units");
        ArrayNode changes = root.putArray("changes");
        for (int p = 0; p < comparison.pairs().size(); p++) {
            PairComparison pair = comparison.pairs().get(p);
            ObjectNode o = pairs.addObject().put("a", pair.a()).put("b", pair.b());
            o.put("yearsApart", pair.yearsApart());
            ArrayNode fallbacks = o.putArray("fallbacks");
            pair.fallbacks().stream().map(Fallback::id).sorted().forEach(fallbacks::add);
            for (DiffUnit u : pair.units(hideRoutine)) {
                units.add(unit(p, u));
            }
            pair.changes(hideRoutine).forEach(c -> changes.add(change(c)));
        }
        duplicates(root, analysis.duplicates(), Places.of(result.reports()));
        targets(root, analysis.targets());
        checks(root.putArray("checks"), analysis);
        ArrayNode errors = root.putArray("errors");
        result.problems().forEach(p -> errors.addObject().put("file", p.file()).put("problem", p.problem()));
        return root;
    }

    /** One alignment row; {@code compared} gives the report id of each index of its sections. */
    private static ObjectNode row(AlignmentRow row, List<String> compared) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("level", row.level());
        ArrayNode sections = o.putArray("sections");
        row.sections().forEach(sections::add);
        o.put("similarity", row.similarity());
        o.put("confidence", row.confidence());
        ArrayNode pairs = o.putArray("pairs");
        for (RowPair p : row.pairs()) {
            pairs.addObject().put("older", p.older()).put("newer", p.newer()).put("similarity", p.similarity())
                    .put("confidence", p.confidence()).put("pinned", p.pinned());
        }
        ArrayNode also = o.putArray("alsoIn");
        for (AlsoIn a : row.alsoIn()) {
            ObjectNode x = also.addObject();
            x.put("from", a.from());
            x.put("report", compared.get(a.report()));
            x.put("section", a.section());
            x.put("share", a.share());
            x.put("confidence", a.confidence());
            x.put("shareHere", a.shareHere());
            x.put("shareThere", a.shareThere());
            x.set("here", spans(a.here()));
            x.set("there", spans(a.there()));
        }
        return o;
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode out = MAPPER.createArrayNode();
        spans.forEach(s -> out.addObject().put("start", s.start()).put("end", s.end()));
        return out;
    }

    private static void duplicates(ObjectNode root, DuplicateAnalysis analysis, Places places) {
        ArrayNode duplicates = root.putArray("duplicates");
        for (Duplicate d : analysis.duplicates()) {
            duplicates.add(duplicate(d, d.text(), places));
        }
        ArrayNode pairs = root.putArray("duplicatePairs");
        for (ReportPair p : analysis.pairs()) {
            ObjectNode o = pairs.addObject();
            o.put("a", p.a());
            o.put("b", p.b());
            o.put("aName", places.report(p.a()));
            o.put("bName", places.report(p.b()));
            o.put("sharedCharacters", p.sharedCharacters());
            o.put("passages", p.passages());
            ArrayNode indices = o.putArray("duplicates");
            p.duplicates().forEach(indices::add);
        }
        ArrayNode reuse = root.putArray("reuse");
        for (ReuseShare share : analysis.reuse()) {
            ObjectNode o = reuse.addObject();
            o.put("report", share.report());
            o.put("otherReports", round(share.otherReports()));
            o.put("sameReport", round(share.sameReport()));
            ArrayNode sections = o.putArray("sections");
            for (SectionReuse s : share.sections()) {
                ObjectNode section = sections.addObject().put("id", s.section())
                        .put("place", places.section(share.report(), s.section()))
                        .put("otherReports", round(s.otherReports())).put("sameReport", round(s.sameReport()));
                ArrayNode byReport = section.putArray("byReport");
                s.byReport().forEach(r -> byReport.addObject().put("report", r.report())
                        .put("name", places.report(r.report())).put("share", round(r.share())));
            }
        }
    }

    /** {@code targets} and {@code targetTable}. */
    public static void targets(ObjectNode root, TargetAnalysis analysis) {
        ArrayNode targets = root.putArray("targets");
        analysis.targets().forEach(t -> targets.add(target(t)));
        root.set("targetTable", table(analysis.table()));
    }

    private static ObjectNode target(Target t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("report", t.report());
        o.put("year", t.year());
        o.put("kind", t.kind().id());
        o.put("metric", t.metric());
        o.put("canonicalMetric", t.canonicalMetric());
        o.put("verb", t.verb());
        o.put("value", t.value());
        o.put("upper", t.upper());
        o.put("unit", t.unit());
        o.put("qualifier", t.qualifier());
        o.put("base", t.base());
        o.put("text", t.text());
        o.put("start", t.start());
        o.put("end", t.end());
        o.put("section", t.section());
        return o;
    }

    private static ObjectNode table(TargetTable table) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode columns = o.putArray("columns");
        table.columns().forEach(c -> columns.addObject().put("report", c.report()).put("government", c.government())
                .put("year", c.year()));
        ArrayNode rows = o.putArray("rows");
        for (TargetTable.Row row : table.rows()) {
            ObjectNode r = rows.addObject();
            r.put("metric", row.metric());
            r.put("kind", row.qualitative() ? "qualitative" : "metric");
            ArrayNode cells = r.putArray("cells");
            for (int i = 0; i < row.cells().size(); i++) {
                TargetTable.Cell cell = row.cells().get(i);
                ObjectNode c = cells.addObject();
                c.put("report", table.columns().get(i).report());
                c.set("target", cell.target() == null ? null : figure(cell.target()));
                c.put("change", cell.change() == null ? null : cell.change().id());
                c.put("qualifierChanged", cell.qualifierChanged());
                c.set("actual", cell.actual() == null ? null : figure(cell.actual()).put("report", cell.actual().report()));
                c.put("status", cell.status() == null ? null : cell.status().id());
            }
        }
        return o;
    }

    private static ObjectNode figure(Target t) {
        return MAPPER.createObjectNode().put("verb", t.verb()).put("value", t.value()).put("unit", t.unit())
                .put("qualifier", t.qualifier()).put("text", t.text()).put("start", t.start()).put("end", t.end());
    }

    /** The draft check of each compared pair: the later report as the draft, against the earlier one. */
    private static void checks(ArrayNode checks, Analysis analysis) {
        for (Analysis.Checked c : analysis.checks()) {
            ObjectNode o = checks.addObject().put("draft", c.draft().id()).put("against", c.against().id());
            findings(o.putArray("findings"), c.findings());
        }
    }

    /** The draft check's findings, each with its evidence, into {@code array}. */
    public static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode n = array.addObject();
            n.put("kind", f.kind().id());
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("text", f.found());
            if (f.expected() != null) {
                n.put("expected", f.expected());
            }
            n.put("message", f.message());
            ObjectNode evidence = n.putObject("evidence");
            evidence.put("report", f.evidence().report());
            evidence.put("start", f.evidence().start());
            evidence.put("end", f.evidence().end());
        }
    }

    /**
     * One duplicate; {@code text} is its text as it should be written (the corpus command shortens
     * it), {@code places} names where each occurrence stands.
     */
    public static ObjectNode duplicate(Duplicate d, String text, Places places) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("length", d.length());
        o.put("text", text);
        o.put("near", d.near());
        o.put("stock", d.stock());
        ArrayNode occurrences = o.putArray("occurrences");
        d.occurrences().forEach(x -> occurrences.add(occurrence(x).put("place", places.of(x))));
        if (d.near()) {
            ArrayNode edits = o.putArray("edits");
            for (NearEdit e : d.edits()) {
                ObjectNode edit = edits.addObject();
                edit.set("a", occurrence(e.first()).put("text", e.firstText()));
                edit.set("b", occurrence(e.second()).put("text", e.secondText()));
            }
        }
        return o;
    }

    private static ObjectNode occurrence(Occurrence o) {
        return MAPPER.createObjectNode().put("report", o.report()).put("start", o.start()).put("end", o.end());
    }

    /** Shares to four places: enough to read, and stable across platforms. */
    public static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    /** The options in force, by the names the command line and the workspace use. */
    private static ObjectNode options(Analysis analysis) {
        CompareOptions compare = analysis.options().compare();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("granularity", compare.granularity().id());
        o.put("ignoreWidth", compare.ignoreWidth());
        o.put("ignorePunctuation", compare.ignorePunctuation());
        o.put("likeWithLike", compare.likeWithLike());
        List<String> order = analysis.comparison().reports();
        o.put("base", compare.base() == null || compare.base() >= order.size() ? null : order.get(compare.base()));
        o.put("hideRoutine", analysis.options().hideRoutine());
        o.put("minDuplicate", analysis.options().duplicates().minLength());
        o.put("nearDuplicates", analysis.options().duplicates().nearRepeats());
        // the user's corrections, as --link and --unlink take them: an unlinked pair is otherwise a row like any other
        ArrayNode links = o.putArray("links");
        ArrayNode unlinks = o.putArray("unlinks");
        for (SectionLink l : compare.links().links()) {
            String a = corrected(analysis.reports(), l.a());
            String b = corrected(analysis.reports(), l.b());
            if (a != null && b != null) {
                (l.linked() ? links : unlinks).add(a + "=" + b);
            }
        }
        return o;
    }

    /** "r1:1.4" for a section of a report analysed; null for one of a report not among them (kept, without effect). */
    private static String corrected(List<Report> reports, SectionRef section) {
        return reports.stream().filter(section::isIn).findFirst().map(r -> r.id() + ":" + section.section()).orElse(null);
    }

    private static ObjectNode unit(int pair, DiffUnit u) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("pair", pair);
        o.put("kind", u.kind().id());
        o.set("a", u.a() == null ? null : end(u.a()));
        o.set("b", u.b() == null ? null : end(u.b()));
        o.put("similarity", Math.round(u.similarity() * 1000) / 1000.0);
        ArrayNode changes = o.putArray("changes");
        u.changes().forEach(c -> changes.add(change(c)));
        return o;
    }

    private static ObjectNode change(Change c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", c.kind().id());
        o.set("a", end(c.a()));
        o.set("b", end(c.b()));
        if (c.coarse()) {
            o.put("coarse", true);
        }
        if (c.routine()) {
            o.put("routine", true);
        }
        return o;
    }

    private static ObjectNode end(ChangeEnd end) {
        return MAPPER.createObjectNode().put("report", end.report()).put("start", end.start()).put("end", end.end());
    }

    private static ObjectNode report(Report report) {
        ObjectNode node = MAPPER.createObjectNode();
        ReportMetadata meta = report.metadata();
        node.put("id", report.id());
        node.put("file", report.file());
        node.put("title", meta.title());
        node.put("government", meta.government());
        node.put("year", meta.year());
        node.put("reviewYear", meta.reviewYear());
        node.put("planYear", meta.planYear());
        node.put("delivered", meta.delivered() == null ? null : meta.delivered().toString());
        node.put("encoding", report.encoding());
        node.put("length", report.original().length());
        ArrayNode warnings = node.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode furniture = node.putArray("furniture");
        report.text().furniture().forEach(s -> furniture.addObject().put("start", s.start()).put("end", s.end()));
        outline(node.putArray("outline"), report.outline());
        return node;
    }

    private static void outline(ArrayNode array, List<OutlineNode> nodes) {
        for (OutlineNode n : nodes) {
            ObjectNode o = array.addObject();
            o.put("id", n.id());
            o.put("level", n.level());
            o.put("number", n.number());
            o.put("title", n.title());
            o.put("lead", n.lead());
            o.put("part", n.part() == null ? null : n.part().id());
            o.put("start", n.start());
            o.put("headingEnd", n.headingEnd());
            o.put("end", n.end());
            outline(o.putArray("children"), n.children());
        }
    }
}
