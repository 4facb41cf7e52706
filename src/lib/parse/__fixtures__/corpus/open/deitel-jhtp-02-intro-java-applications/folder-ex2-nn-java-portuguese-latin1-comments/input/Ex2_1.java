package chapter2;

public class Ex2_1 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.1
 * 
 * a) Abre-chave ({) / Fecha-chave ({)
 * 
 * b) If
 * 
 * c) // (Duas barras)
 * 
 * d) Espaços, tabulações e quebras de linha
 * 
 * e) Palavras reservadas (sempre em minúsculas)
 * 
 * f) Main
 * 
 * g) Print, Printf e Println
 * 
 */
