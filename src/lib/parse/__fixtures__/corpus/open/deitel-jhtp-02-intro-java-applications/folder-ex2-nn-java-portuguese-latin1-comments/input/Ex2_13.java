package chapter2;

public class Ex2_13 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.13
 * 
 * a) Expressão de partida: x = 7 + 3 * 6 / 2 - 1;
 * x = 7 + 18 / 2 - 1;
 * x = 7 + 9 - 1;
 * x = 15;
 * 
 * b) Expressão de partida: x = 2 % 2 + 2 * 2 - 2 / 2;
 * x = 0 + 4 - 1;
 * x = 3;
 * 
 * c) Expressão de partida: x = (3 * 9 * (3 + (9 * 3 / (3))));
 * x = (27 * (3 + (9)));
 * x = (27 * (12));
 * x = 324;
 * 
 */
