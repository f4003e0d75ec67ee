package org.mdc.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assessor;
import org.mdc.io.ZoneDocument;
import org.mdc.rules.Finding;

/**
 * Runs the rules of {@code assess} on mandate drafts and keeps the gaps a reviewer must see,
 * each placed at its field. No rule is implemented here: a finding is an assessment's gap.
 */
public final class MandateCheck {

  private final Assessor assessor;

  public MandateCheck(Assessor assessor) {
    this.assessor = assessor;
  }

  /**
   * The findings of one draft: every gap of its assessment but the figures a mission meets,
   * which assess reports for completeness but which are no finding.
   */
  public List<CheckFinding> check(ZoneDocument draft) {
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
   * Marks {@code current} against {@code old}: new, unchanged, and the old ones now fixed
   * (appended, state ABSENT). Findings match by file key, rule and field; {@code key} maps a
   * draft's file name to what it is compared by (its path relative to the folder checked).
   */
  public static List<CheckFinding> againstBaseline(List<CheckFinding> current, List<CheckFinding> old,
      java.util.function.Function<String, String> currentKey, java.util.function.Function<String, String> oldKey) {
    Map<String, Integer> remaining = new HashMap<>();
    for (CheckFinding f : old) {
      remaining.merge(key(oldKey.apply(f.file()), f), 1, Integer::sum);
    }
    List<CheckFinding> marked = new ArrayList<>();
    for (CheckFinding f : current) {
      String k = key(currentKey.apply(f.file()), f);
      Integer left = remaining.get(k);
      if (left != null && left > 0) {
        remaining.put(k, left - 1);
        marked.add(f.withState(CheckFinding.BaselineState.UNCHANGED));
      } else {
        marked.add(f.withState(CheckFinding.BaselineState.NEW));
      }
    }
    for (CheckFinding f : old) {
      String k = key(oldKey.apply(f.file()), f);
      Integer left = remaining.get(k);
      if (left != null && left > 0) {
        remaining.put(k, left - 1);
        marked.add(f.withState(CheckFinding.BaselineState.ABSENT));
      }
    }
    return marked;
  }

  private static String key(String fileKey, CheckFinding f) {
    return fileKey + "\u0000" + f.rule() + "\u0000" + f.finding().field();
  }
}
