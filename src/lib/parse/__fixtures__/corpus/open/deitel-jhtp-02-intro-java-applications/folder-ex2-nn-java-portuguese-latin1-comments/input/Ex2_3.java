package chapter2;

public class Ex2_3 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.3
 * 
 * a) int c, thisIsAVariable, q76354, number;
 * 
 * b) System.out.println("Input a value:");
 * 
 * c) int value = input.nextInt();
 * 
 * d) System.out.println("This is a Java program");
 * 
 * e) System.out.println("This is a Java\nprogram");
 * 
 * f) System.out.printf("%s\n%s\n", "This is a Java", "program");
 * 
 * g) if(number != 7) System.out.println("The variable number is not equal to 7");
 * 
 */
