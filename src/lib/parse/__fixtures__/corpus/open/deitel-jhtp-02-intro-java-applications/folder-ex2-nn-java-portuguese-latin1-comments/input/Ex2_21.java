package chapter2;

public class Ex2_21 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.21
 * 
 * *************** (Em seguida o cursor vai para a linha de baixo)
 * 
 */
