package org.mdc.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assessor;
import org.mdc.assessment.Timeline;
import org.mdc.io.ZoneDocument;
import org.mdc.rules.Finding;

/**
 * Runs the rules of {@code assess} on mandate drafts and keeps the gaps a reviewer must see,
 * each placed at its field. No rule is implemented here: a finding is an assessment's gap.
 */
public final class MandateCheck {

  private final Assessor assessor;
  private final Suppressions suppressions;

  public MandateCheck(Assessor assessor) {
    this.assessor = assessor;
    this.suppressions = new Suppressions(assessor.rules());
  }

  /**
   * The findings of one draft, each silenced or not by the draft's suppression {@code comments},
   * then the findings about those comments (a missing reason, an unknown rule, one that silences
   * nothing).
   */
  public List<CheckFinding> check(ZoneDocument draft, List<org.mdc.io.SuppressionComment> comments) {
    return suppressions.apply(draft.file(), check(draft), comments);
  }

  /**
   * The findings of one draft: every gap of its assessment but the figures a mission meets,
   * which assess reports for completeness but which are no finding.
   */
  public List<CheckFinding> check(ZoneDocument draft) {
    if (draft.hasSnapshots()) {
      return checkLatest(draft);
    }
    Assessment assessment = assessor.assess(draft.zone());
    List<CheckFinding> findings = new ArrayList<>();
    for (Finding gap : assessment.gaps()) {
      if (gap.isMet()) {
        continue;
      }
      findings.add(new CheckFinding(draft.file(), gap, draft.sourceMap().locate(gap.field()),
          CheckFinding.BaselineState.NONE));
    }
    return findings;
  }

  /**
   * A draft with snapshots: the gaps of the zone as it stands at the latest date, each at the line
   * that gives the field at that date (the snapshot's, or the base's when no snapshot changed it);
   * then, at the date of each snapshot where it arose, every change rule reconfiguration flags.
   */
  private List<CheckFinding> checkLatest(ZoneDocument draft) {
    Timeline timeline = Timeline.of(assessor, draft.timeline());
    ZoneDocument latest = draft.latest();
    List<CheckFinding> findings = new ArrayList<>();
    for (Finding gap : timeline.latest().assessment().gaps()) {
      if (!gap.isMet()) {
        findings.add(new CheckFinding(draft.file(), gap, latest.sourceMap().locate(gap.field()),
            CheckFinding.BaselineState.NONE));
      }
    }
    for (Finding change : timeline.reconfigurations()) {
      findings.add(new CheckFinding(draft.file(), change, draft.sourceMap().locate(change.field()),
          CheckFinding.BaselineState.NONE));
    }
    return findings;
  }

  /**
   * Marks {@code current} against {@code old}: new, unchanged, worse (updated), and the old ones
   * now fixed (appended, state ABSENT). Findings match by file key, rule and field; {@code key}
   * maps a draft's file name to what it is compared by (its path relative to the folder
   * checked). A matched finding whose severity rose, or whose shortfall grew (a troop cut from
   * 3,000 to 1), is not kept but worse: it fails as a new one does.
   */
  public static List<CheckFinding> againstBaseline(List<CheckFinding> current, List<CheckFinding> old,
      java.util.function.Function<String, String> currentKey, java.util.function.Function<String, String> oldKey) {
    Map<String, java.util.ArrayDeque<CheckFinding>> remaining = new HashMap<>();
    for (CheckFinding f : old) {
      remaining.computeIfAbsent(key(oldKey.apply(f.file()), f), k -> new java.util.ArrayDeque<>()).add(f);
    }
    List<CheckFinding> marked = new ArrayList<>();
    for (CheckFinding f : current) {
      java.util.ArrayDeque<CheckFinding> matches = remaining.get(key(currentKey.apply(f.file()), f));
      CheckFinding was = matches == null ? null : matches.poll();
      if (was == null) {
        marked.add(f.withState(CheckFinding.BaselineState.NEW));
      } else if (f.severity().ordinal() < was.severity().ordinal()
          || CheckFinding.shortfallGrew(f.finding(), was.finding())) {
        marked.add(f.worseThan(was.finding()));
      } else {
        marked.add(f.withState(CheckFinding.BaselineState.UNCHANGED));
      }
    }
    for (CheckFinding f : old) {
      java.util.ArrayDeque<CheckFinding> left = remaining.get(key(oldKey.apply(f.file()), f));
      if (left != null && left.remove(f)) { // fixed: whether the baseline silenced it no longer matters
        marked.add(new CheckFinding(f.file(), f.finding(), f.place(), CheckFinding.BaselineState.ABSENT));
      }
    }
    return marked;
  }

  private static String key(String fileKey, CheckFinding f) {
    return fileKey + "\u0000" + f.rule() + "\u0000" + f.finding().field();
  }
}
