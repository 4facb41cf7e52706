package chapter2;

public class Ex2_14 {
	public static void main(String[] args) {
		System.out.println("With println:");
		System.out.println("12 34");
		System.out.println("With print:");
		System.out.print("12 34\n");
		System.out.println("With printf:");
		System.out.printf("%d%d %d%d\n", 1, 2, 3, 4);
	}
}
