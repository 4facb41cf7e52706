package chapter2;

public class Ex2_19 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.19
 * 
 * *
 * **
 * ***
 * ****
 * ***** (O cursor desce para a linha de baixo)
 * 
 */
