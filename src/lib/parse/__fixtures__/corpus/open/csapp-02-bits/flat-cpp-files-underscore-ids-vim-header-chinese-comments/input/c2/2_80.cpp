/*************************************************************************
    > File Name: 2_80.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月28日 星期三 14时57分35秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int threefourths(int x){
    int w = sizeof(int) << 3;
    //和上一题不一样，这题不用管溢出，好像反而简单些？
    //思路：先算出朝远离0方向舍入的1/4*x，用x减掉它，得到的就是朝0舍入的3/4*x
    //负数往下舍、正数往上摄入，刚好和有符号除法的舍入方向反过来，反着处理一遍就行
    //后来看了别的dalao的写法，通用性比我的好
    return x-((((~(x>>(w-1)))&3)+x)>>2);
}

int main(){
    for(int i = -10; i < 11; i++)
        cout << i << "*(3/4) == " << threefourths(i) << endl;
	return 0;
}

