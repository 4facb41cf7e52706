package chapter2;

public class Ex2_23 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.23
 * 
 * *
 * ***
 * ***** (Por fim o cursor passa à linha de baixo)
 * 
 */
