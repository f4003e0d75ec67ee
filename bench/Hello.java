/** The trivial Java program that bench/startup.sh measures mdc's start against. */
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
