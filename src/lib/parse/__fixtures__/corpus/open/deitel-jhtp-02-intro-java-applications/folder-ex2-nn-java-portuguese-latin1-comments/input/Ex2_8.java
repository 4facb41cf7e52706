package chapter2;

public class Ex2_8 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.8
 * 
 * a) System.out.print("Enter an integer: ");
 * 
 * b) a = b * c;
 * 
 * c) // Cálculo de exemplo de folha de pagamento
 * 
 */

