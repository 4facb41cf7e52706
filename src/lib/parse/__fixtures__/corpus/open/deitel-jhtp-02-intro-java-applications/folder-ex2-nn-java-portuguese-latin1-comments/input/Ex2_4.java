package chapter2;

public class Ex2_4 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.4
 *  
 * a) Take out the semicolon at the end of the IF header, giving:
 * if (c < 7)
 * 		System.out.println("c is less than 7");
 * 
 * b) The right operator is '>=', never '=>', giving:
 * if (c >= 7)
 * 		System.out.println("c is equal to or greater than 7");
 * 
 */
