package chapter2;

public class Ex2_10 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.10
 * 
 * a) "x = 2" (Depois disso o cursor vai para o começo da próxima linha)
 * 
 * b) "Value of 2 + 2 is 4" (Depois disso o cursor vai para o começo da próxima linha)
 * 
 * c) "x ="
 * 
 * d) "5 = 5" (Depois disso o cursor vai para o começo da próxima linha)
 * 
 */
