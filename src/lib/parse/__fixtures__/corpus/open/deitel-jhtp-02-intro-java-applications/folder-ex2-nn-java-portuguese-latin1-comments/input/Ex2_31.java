package chapter2;

public class Ex2_31 {
	public static void main(String[] args) {
		System.out.println("number\tsquare\tcube\n0\t0\t0\n1\t1\t1\n2\t4\t8\n3\t9\t27\n4\t16\t64\n5\t25\t125\n6\t36\t216\n7\t49\t343\n8\t64\t512\n9\t81\t729\n10\t100\t1000");
	}
}
