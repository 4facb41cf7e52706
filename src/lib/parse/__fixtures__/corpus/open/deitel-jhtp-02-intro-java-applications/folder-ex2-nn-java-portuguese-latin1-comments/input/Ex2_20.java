package chapter2;

public class Ex2_20 {
	public static void main(String[] args) {
		System.out.println("See the commments.");
	}
}

/* 2.20
 * 
 * *
 * ***
 * *****
 * ****
 * ** (O cursor pula para a próxima linha)
 * 
 */
