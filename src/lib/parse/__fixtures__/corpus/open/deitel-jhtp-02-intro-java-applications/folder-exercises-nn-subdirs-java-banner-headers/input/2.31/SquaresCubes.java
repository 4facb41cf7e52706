/*
 *       Filename:  SquaresCubes.java
 *
 *    Description:  Exercise 2.31 - Table of Squares and Cubes
 *
 *        Created:  26/09/15 11:23:41
 *       Revision:  none
 *
 *        @Author:  Siidney Watson - siidney.watson.work@gmail.com
 *       @Version:  1.0
 *
 * =====================================================================================
 */
public class SquaresCubes{
    public static void main(String[] args){
        System.out.println("number square cube");
        System.out.printf("%d      %d      %d\n", 0, 0*2, 0*3);
        System.out.printf("%d      %d      %d\n", 1, 1*1, 1*1*1);
        System.out.printf("%d      %d      %d\n", 2, 2*2, 2*2*2);
        System.out.printf("%d      %d      %d\n", 3, 3*3, 3*3*3);
        System.out.printf("%d      %d     %d\n", 4, 4*4, 4*4*4);
        System.out.printf("%d      %d     %d\n", 5, 5*5, 5*5*5);
        System.out.printf("%d      %d     %d\n", 6, 6*6, 6*6*6);
        System.out.printf("%d      %d     %d\n", 7, 7*7, 7*7*7);
        System.out.printf("%d      %d     %d\n", 8, 8*8, 8*8*8);
        System.out.printf("%d      %d     %d\n", 9, 9*9, 9*9*9);
        System.out.printf("%d     %d    %d\n", 10, 10*10, 10*10*10);
    }
}
