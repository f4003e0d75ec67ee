import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a deterministic CSV of N synthetic missions for bench/compare.sh. Same N, same bytes:
 * a fixed-seed linear congruential generator picks every figure.
 *
 * <p>Usage: {@code java bench/GenerateMissions.java N [FILE]} (standard output without FILE).
 * Columns: mission, region, population, largest_force_min, largest_force_max, troops,
 * helicopters_authorized, helicopters_deployed.
 */
public final class GenerateMissions {

  private static long state = 0x2014_0701L;

  private static long next(long bound) {
    state = state * 6364136223846793005L + 1442695040888963407L;
    return Long.remainderUnsigned(state >>> 17, bound);
  }

  public static void main(String[] args) throws IOException {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Writer out = args.length > 1
        ? Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)
        : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (out) {
      out.write("mission,region,population,largest_force_min,largest_force_max,troops,helicopters_authorized,helicopters_deployed\n");
      StringBuilder line = new StringBuilder(96);
      for (long i = 1; i <= n; i++) {
        long population = 50_000 + next(20_000_000);
        long forceMin = 500 + next(60_000);
        long forceMax = forceMin + next(20_000);
        long troops = next(40_000);
        long authorized = troops / 800 + next(10);
        long deployed = next(authorized + 1);
        line.setLength(0);
        line.append("M").append(i).append(",Region ").append(next(200)).append(',').append(population).append(',')
            .append(forceMin).append(',').append(forceMax).append(',').append(troops).append(',')
            .append(authorized).append(',').append(deployed).append('\n');
        out.append(line);
      }
    }
  }
}
