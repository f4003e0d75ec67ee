package org.mdc.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mdc.io.SuppressionComment;
import org.mdc.io.SuppressionComments;
import org.mdc.io.Suggestions;
import org.mdc.rules.Finding;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Topic;

/**
 * Decides what a draft's suppression comments silence. A comment silences the findings of the
 * rules it names on its line (at the end of a line) or on the next line that is not a comment
 * (on a line of its own), in the draft's own text only; findings placed in a zone file that the
 * draft names cannot be silenced from the draft. A suppression must give a reason and name known
 * rules: one that does not is an error ({@code invalid-suppression}) and silences nothing; one
 * that silences nothing is a warning ({@code unused-suppression}).
 */
final class Suppressions {

  /** By line, then column: written out, as Comparator.comparingInt spins lambdas the class-data archive does not keep. */
  private static final Comparator<CheckFinding> BY_PLACE = new Comparator<>() {
    @Override
    public int compare(CheckFinding a, CheckFinding b) {
      int byLine = Integer.compare(a.place().line(), b.place().line());
      return byLine != 0 ? byLine : Integer.compare(a.place().column(), b.place().column());
    }
  };

  private final RuleSet rules;
  private final Set<String> known = new LinkedHashSet<>();

  Suppressions(RuleSet rules) {
    this.rules = rules;
    for (Rule rule : rules.all()) {
      known.add(rule.id());
    }
  }

  /**
   * The {@code findings} of the draft {@code file}, each silenced or not by its {@code comments},
   * then the findings about the comments themselves, in the order of their lines.
   */
  List<CheckFinding> apply(String file, List<CheckFinding> findings, List<SuppressionComment> comments) {
    List<CheckFinding> about = new ArrayList<>();
    List<SuppressionComment> honoured = new ArrayList<>();
    for (SuppressionComment c : comments) {
      if (!c.malformed().isEmpty()) {
        about.add(finding(file, c, SuppressionRule.INVALID, "this suppression is not read: " + c.malformed()));
        continue;
      }
      if (c.reason().codePoints().noneMatch(Character::isLetterOrDigit)) {
        about.add(finding(file, c, SuppressionRule.INVALID, "the suppression of " + String.join(", ", shown(c.ids()))
            + " gives no reason, so it silences nothing: say why after the brackets ("
            + SuppressionComments.FORM + ")"));
        continue;
      }
      for (String id : c.ids()) {
        if (!known.contains(id)) {
          about.add(finding(file, c, SuppressionRule.INVALID, unknown(id)));
        }
      }
      honoured.add(c);
    }
    Set<String> used = new HashSet<>();
    List<CheckFinding> out = new ArrayList<>();
    for (CheckFinding f : findings) {
      Optional<SuppressionComment> by = f.place().file().equals(file)
          ? honoured.stream().filter(c -> c.covers(f.rule(), f.place().line())).findFirst()
          : Optional.empty();
      if (by.isPresent()) {
        used.add(key(by.get(), f.rule()));
        out.add(f.suppressedBy(new Suppression(by.get().place(), by.get().reason())));
      } else {
        out.add(f);
      }
    }
    for (SuppressionComment c : honoured) {
      for (String id : new LinkedHashSet<>(c.ids())) {
        if (known.contains(id) && !used.contains(key(c, id))) {
          about.add(finding(file, c, SuppressionRule.UNUSED, unused(file, c, id, out)));
        }
      }
    }
    about.sort(BY_PLACE);
    out.addAll(about);
    return out;
  }

  private static String key(SuppressionComment c, String id) {
    return c.line() + ":" + c.place().column() + ":" + id;
  }

  private String unknown(String id) {
    if (id.equals(SuppressionRule.INVALID.id()) || id.equals(SuppressionRule.UNUSED.id())) {
      return "'" + id + "' cannot be suppressed: correct or remove the suppression comment it is about";
    }
    Optional<String> near = Suggestions.nearest(id, known);
    return "the suppression names no rule of mdc: '" + shown(id) + "'"
        + near.map(n -> "; did you mean " + n + "?").orElse("") + " ('mdc rules' lists them)";
  }

  /** Why {@code c} silences nothing of {@code id}, with where that rule's finding is when the draft has one. */
  private String unused(String file, SuppressionComment c, String id, List<CheckFinding> findings) {
    String message = "the suppression of " + id + " silences nothing: line " + c.lastLine() + " has no " + id
        + " finding";
    if (rules.rulebook().isDisabled(id)) {
      return message + " (the rulebook turns " + id + " off)";
    }
    Optional<CheckFinding> silenced = findings.stream().filter(f -> f.rule().equals(id) && f.suppressed()
        && f.place().file().equals(file) && f.place().line() >= c.firstLine() && f.place().line() <= c.lastLine())
        .findFirst();
    if (silenced.isPresent()) {
      return "the suppression of " + id + " silences nothing: its finding on line " + silenced.get().place().line()
          + " is silenced already, by the suppression on line " + silenced.get().suppression().place().line();
    }
    Optional<CheckFinding> elsewhere = findings.stream().filter(f -> f.rule().equals(id)).findFirst();
    if (elsewhere.isPresent() && elsewhere.get().place().file().equals(file)) {
      return message + "; mdc reports it on line " + elsewhere.get().place().line()
          + ": put the comment at the end of that line or on the line above it";
    }
    if (elsewhere.isPresent()) {
      return message + "; mdc reports it in the zone file " + elsewhere.get().place().file() + " (line "
          + elsewhere.get().place().line() + "), whose findings a draft's comments cannot silence";
    }
    return message;
  }

  private static CheckFinding finding(String file, SuppressionComment c, SuppressionRule rule, String message) {
    return new CheckFinding(file, Finding.of(rule.id(), rule.severity(), Topic.MANDATE, "", message), c.place(),
        CheckFinding.BaselineState.NONE);
  }

  private static List<String> shown(List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(shown(id)));
    return out;
  }

  /** A rule id as written in a draft, cut short: it may be any text. */
  private static String shown(String id) {
    return id.length() <= 40 ? id : id.substring(0, 37) + "...";
  }
}
