/*
 *       Filename:  DisplayShapes.java
 *
 *    Description:  Exercise 2.18 - Displaying Shapes With Asterisks
 *
 *        Created:  26/09/15 00:46:12
 *       Revision:  none
 *
 *        @Author:  Siidney Watson - siidney.watson.work@gmail.com
 *       @Version:  1.0
 *
 * =====================================================================================
 */
public class DisplayShapes{
    public static void main(String[] args){
        System.out.println("*********    ***      *        *");
        System.out.println("*       *   *   *    ***      * *");
        System.out.println("*       *  *     *  *****    *   *");
        System.out.println("*       *  *     *    *     *     *");
        System.out.println("*       *  *     *    *    *       *");
        System.out.println("*       *  *     *    *     *     *");
        System.out.println("*       *  *     *    *      *   *");
        System.out.println("*       *   *   *     *       * *");
        System.out.println("*********    ***      *        *");
    }
}
