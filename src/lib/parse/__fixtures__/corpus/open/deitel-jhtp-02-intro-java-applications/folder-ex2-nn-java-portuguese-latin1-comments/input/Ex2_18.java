package chapter2;
public class Ex2_18 {
	public static void main(String[] args) {
		System.out.println("*********     ***       *        *");
		System.out.println("*       *   *     *    ***      * *");
		System.out.println("*       *  *       *  *****    *   *");
		System.out.println("*       *  *       *    *     *     *");
		System.out.println("*       *  *       *    *    *       *");
		System.out.println("*       *  *       *    *     *     *");
		System.out.println("*       *  *       *    *      *   *");
		System.out.println("*       *   *     *     *       * *");
		System.out.println("*********     ***       *        *");
	}
}
