package chapter2;

public class Ex2_22 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.22
 * 
 * ****
 * *****
 * ****** (O cursor termina na linha seguinte)
 * 
 */
