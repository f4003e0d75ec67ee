package org.mdc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mdc.model.Answer;
import org.mdc.model.Capacity;
import org.mdc.model.Organization;
import org.mdc.model.OrganizationKind;
import org.mdc.model.Zone;

/**
 * {@code organization-choice}: which kind of body should mandate and run what the decision table
 * recommends. 003: the OSCE led preventive political missions in the 1990s but is not well placed
 * beyond its member states, and the UN has become the market leader elsewhere; at the Rubicon a
 * small ad hoc team, as Annan's in Kenya (mandated by the African Union), moves faster than a
 * formal mission; regional offices outside the country (UNOWA, UNRCCA) offer the best value and
 * are the most politically acceptable. 004: regional organizations often act earlier and with
 * greater local legitimacy, but rarely have the capabilities to act. The zone's optional
 * {@code organizations} list says who is actually available; without it the kind is recommended
 * with what would decide it.
 */
// Source: 003 Gowan, "A Greater Role for Political Missions?", "At the Rubicon", "Recommendations";
// 004 Chatham House, "Rethinking intervention and protection capabilities".
public final class OrganizationChoice implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "organization-choice",
          "Who should mandate and run it: the UN, a regional organization, an ad hoc team or a regional office",
          new Source(Source.GOWAN, "\"A Greater Role for Political Missions?\", \"At the Rubicon\" and"
              + " \"Recommendations for Strengthening Multilateral Political Missions\"; also 004, \"Rethinking"
              + " intervention and protection capabilities\""))
          .withSeverity(Severity.INFO)
          .withExample("Kenya, 2008: Annan and his fellow mediators were mandated by the African Union and came together"
              + " fast because they did not go through formal UN or AU procedures; Guinea and Kyrgyzstan, 2010: the UN's"
              + " regional offices outside the countries mounted flexible responses.",
              Provenance.seed(Source.GOWAN, "\"At the Rubicon\" and \"Recommendations for Strengthening Multilateral"
                  + " Political Missions\"", "While Annan and his senior"
                  + " fellow mediators were mandated by the African Union\"; \"a relatively loose ad hoc international"
                  + " presence is preferable to a more formalized presence when violence is peaking\"; \"these regional"
                  + " platforms for conflict prevention both offer the best value and are the most politically"
                  + " acceptable mechanisms"));

  /** What the organization must run, from the decision table's answer. */
  public enum Need {
    /** A political mission in the country. */
    POLITICAL_MISSION(OrganizationKind.UN, List.of(OrganizationKind.REGIONAL, OrganizationKind.UN,
        OrganizationKind.REGIONAL_OFFICE)),
    /** A political mission from an office outside the country. */
    REGIONAL_OFFICE(OrganizationKind.REGIONAL_OFFICE, List.of(OrganizationKind.REGIONAL_OFFICE,
        OrganizationKind.REGIONAL, OrganizationKind.UN)),
    /** A small, flexible mediation team at the Rubicon. */
    MEDIATION_TEAM(OrganizationKind.AD_HOC, List.of(OrganizationKind.AD_HOC, OrganizationKind.REGIONAL,
        OrganizationKind.UN)),
    /** A force: a preventive deployment or an over-the-horizon force. */
    FORCE(OrganizationKind.UN, List.of(OrganizationKind.REGIONAL, OrganizationKind.UN)),
    /** Nothing mdc sizes is credible: someone to watch, report and keep channels open from outside. */
    WATCH_FROM_OUTSIDE(OrganizationKind.REGIONAL_OFFICE, List.of(OrganizationKind.REGIONAL_OFFICE,
        OrganizationKind.UN, OrganizationKind.REGIONAL));

    private final OrganizationKind byDefault;
    private final List<OrganizationKind> order;

    Need(OrganizationKind byDefault, List<OrganizationKind> order) {
      this.byDefault = byDefault;
      this.order = order;
    }
  }

  /** A reason for the choice: the rule it rests on and the words. */
  public record Reason(String rule, String message) {
    public Reason {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The recommendation: the kind, the organization when one of those listed fits, and why.
   *
   * @param kind the kind of body
   * @param name the organization chosen from the zone's list; empty when none was listed or none fits
   * @param reasons why, with what would decide it when the list does not
   */
  public record Advice(OrganizationKind kind, Optional<String> name, List<Reason> reasons) {
    public Advice {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      reasons = List.copyOf(reasons);
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The advice for {@code zone}, where {@code need} is what the decision table recommends. */
  public static Advice choose(Zone zone, Need need) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(why(need));
    List<Organization> fitting = new ArrayList<>();
    List<String> passedOver = new ArrayList<>();
    for (Organization o : zone.organizations()) {
      Optional<String> unfit = unfit(o, need);
      if (unfit.isPresent()) {
        passedOver.add(o.name() + " " + unfit.get());
      } else {
        fitting.add(o);
      }
    }
    Optional<Organization> best = Optional.empty();
    for (Organization o : fitting) {
      if (best.isEmpty() || preferred(o, best.get(), need) < 0) {
        best = Optional.of(o);
      }
    }
    if (best.isEmpty()) {
      if (!zone.organizations().isEmpty()) {
        reasons.add(new Reason(INFO.id(), "none of the organizations listed fits: " + String.join("; ", passedOver)));
      }
      reasons.add(decider(need));
      return new Advice(need.byDefault, Optional.empty(), reasons);
    }
    Organization o = best.get();
    OrganizationKind kind = need == Need.MEDIATION_TEAM ? OrganizationKind.AD_HOC : o.kind();
    reasons.add(new Reason(INFO.id(), chosen(o, need)));
    for (Organization other : fitting) {
      if (other != o) {
        passedOver.add(other.name() + " fits too, but " + o.name() + " comes first"
            + (other.kind() == o.kind()
                ? " (more certainly willing, covering the zone or able)"
                : ": " + o.kind().title() + " comes before " + other.kind().title() + " here"));
      }
    }
    if (!passedOver.isEmpty()) {
      reasons.add(new Reason(INFO.id(), "passed over: " + String.join("; ", passedOver)));
    }
    List<String> confirm = new ArrayList<>();
    if (o.coversZone() == Answer.UNKNOWN) {
      confirm.add("that the zone is within its remit (covers_zone: unknown)");
    }
    if (o.willing() == Answer.UNKNOWN) {
      confirm.add("that it is willing (willing: unknown)");
    }
    if (o.capacity() == Capacity.UNKNOWN && need == Need.FORCE) {
      confirm.add("that it has the capacity to run a force (capacity: unknown; 004: regional organizations rarely"
          + " have the capabilities)");
    }
    if (!confirm.isEmpty()) {
      reasons.add(new Reason(INFO.id(), "confirm " + String.join(", and ", confirm)));
    }
    return new Advice(kind, Optional.of(o.name()), reasons);
  }

  /** Why {@code o} cannot be chosen for {@code need}; empty when it can. */
  private static Optional<String> unfit(Organization o, Need need) {
    if (!need.order.contains(o.kind())) {
      return Optional.of("(" + o.kind().label() + ") cannot run " + (need == Need.FORCE ? "a force" : "this"));
    }
    if (o.coversZone() == Answer.NO) {
      return Optional.of("does not cover the zone (003: the OSCE is not well placed beyond its member states)");
    }
    if (o.willing() == Answer.NO) {
      return Optional.of("is not willing");
    }
    if (need == Need.FORCE && o.capacity() == Capacity.LOW) {
      return Optional.of("lacks the capacity to run a force (004: regional organizations rarely have the"
          + " capabilities to act)");
    }
    return Optional.empty();
  }

  private static String chosen(Organization o, Need need) {
    String what = need == Need.MEDIATION_TEAM && o.kind() != OrganizationKind.AD_HOC
        ? o.name() + " (" + o.kind().label() + ") can mandate a small ad hoc team, as the African Union mandated"
            + " Annan's in Kenya (003)"
        : o.name() + " (" + o.kind().label() + ") is the first of those listed that fits";
    if (o.kind() == OrganizationKind.REGIONAL && need != Need.MEDIATION_TEAM) {
      what += ": regional organizations often act earlier and with greater local legitimacy (004)";
    }
    return what;
  }

  /** What the sources say for {@code need}. */
  private static Reason why(Need need) {
    switch (need) {
      case MEDIATION_TEAM:
        return new Reason(INFO.id(), "at the Rubicon a relatively loose ad hoc presence is preferable to a formal"
            + " mission: Annan's team in Kenya (2008), mandated by the African Union, came together fast because it did"
            + " not go through formal UN or AU procedures (003)");
      case REGIONAL_OFFICE:
        return new Reason(INFO.id(), "a regional office outside the country, as UNOWA for Guinea and UNRCCA for"
            + " Kyrgyzstan: the best value and the most politically acceptable mechanism, and flexible because it need"
            + " not focus on staff safety as an office in the country would (003)");
      case WATCH_FROM_OUTSIDE:
        return new Reason(INFO.id(), "nothing mdc sizes is credible: a regional office outside the country can watch,"
            + " report and keep channels open, as UNOWA and UNRCCA did (003)");
      case FORCE:
        return new Reason(INFO.id(), "regional organizations are often more willing to act, earlier and with greater"
            + " local legitimacy, but they rarely have the capabilities; global organizations are better equipped to"
            + " intervene (004)");
      default:
        return new Reason(INFO.id(), "regional organizations often act earlier and with greater local legitimacy (004);"
            + " the UN has become the market leader in political missions, and the OSCE, the leader of the 1990s, is"
            + " not well placed beyond its member states (003)");
    }
  }

  /** What would decide the choice, when no organization listed does. */
  private static Reason decider(Need need) {
    String list = "; list the candidates under organizations (name, kind, covers_zone, willing, capacity)";
    switch (need) {
      case MEDIATION_TEAM:
        return new Reason(INFO.id(), "what would decide it: a regional organization covering the zone and willing to"
            + " mandate the team, as the African Union mandated Annan's" + list);
      case REGIONAL_OFFICE:
      case WATCH_FROM_OUTSIDE:
        return new Reason(INFO.id(), "what would decide it: a regional office whose region covers the zone, or a"
            + " willing regional organization beside it (as ECOWAS beside UNOWA)" + list);
      case FORCE:
        return new Reason(INFO.id(), "what would decide it: a regional organization that covers the zone, is willing"
            + " and has the capacity to run the force" + list);
      default:
        return new Reason(INFO.id(), "what would decide it: a regional organization that covers the zone and is"
            + " willing would act earlier and with more local legitimacy" + list);
    }
  }

  /**
   * Negative when {@code a} is preferred to {@code b}: the kind of organization the need puts
   * first, then one that is willing, then one that covers the zone, then the higher capacity;
   * of two equal, the first listed is kept.
   */
  private static int preferred(Organization a, Organization b, Need need) {
    int c = Integer.compare(need.order.indexOf(a.kind()), need.order.indexOf(b.kind()));
    if (c == 0) {
      c = Integer.compare(a.willing() == Answer.YES ? 0 : 1, b.willing() == Answer.YES ? 0 : 1);
    }
    if (c == 0) {
      c = Integer.compare(a.coversZone() == Answer.YES ? 0 : 1, b.coversZone() == Answer.YES ? 0 : 1);
    }
    if (c == 0) {
      c = Integer.compare(capacityRank(a), capacityRank(b));
    }
    return c;
  }

  private static int capacityRank(Organization o) {
    return o.capacity() == Capacity.HIGH ? 0 : o.capacity() == Capacity.UNKNOWN ? 1 : 2;
  }
}
