package chapter2;

public class Ex2_12 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.12
 * 
 * a) CORRETA
 * 
 * b) INCORRETA
 * 
 * c) INCORRETA
 * 
 * d) CORRETA
 * 
 * e) CORRETA
 * 
 * f) INCORRETA
 * 
 */
