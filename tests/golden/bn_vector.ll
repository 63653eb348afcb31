; ModuleID = 'bn_vector.nn'
source_filename = "bn_vector.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [4 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, i64, i64, float, ptr, ptr, ptr, ptr, i32, i32, i32, double, double, ptr, i64, i64, float, i32, ptr, i32, [3 x i32], ptr }

@.str = private unnamed_addr constant [10 x i8] c"bn_vector\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"h_1.running_mean\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"h_1.running_var\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"h_1.num_batches_tracked\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"train.lr\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"train.h_1.weight.momentum\00", align 1
@.str.12 = private unnamed_addr constant [24 x i8] c"train.h_1.bias.momentum\00", align 1
@.str.13 = private unnamed_addr constant [26 x i8] c"train.h_2.weight.momentum\00", align 1
@.str.14 = private unnamed_addr constant [24 x i8] c"train.h_2.bias.momentum\00", align 1
@.str.15 = private unnamed_addr constant [24 x i8] c"train.y.weight.momentum\00", align 1
@.str.16 = private unnamed_addr constant [22 x i8] c"train.y.bias.momentum\00", align 1
@.str.17 = private unnamed_addr constant [11 x i8] c"h_1.weight\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"h_1.bias\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"h_2.weight\00", align 1
@.str.20 = private unnamed_addr constant [9 x i8] c"h_2.bias\00", align 1
@.str.21 = private unnamed_addr constant [9 x i8] c"y.weight\00", align 1
@.str.22 = private unnamed_addr constant [7 x i8] c"y.bias\00", align 1
@bn_vector_tensors = internal constant [22 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.17, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 0, i8 0, i8 5, i32 5, i32 5, i32 16 }, %struct.nnrt_tensor { ptr @.str.18, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 16, i8 0, i8 0, i32 5, i32 5, i32 17 }, %struct.nnrt_tensor { ptr @.str.3, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 240, i8 3, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.4, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 256, i8 3, i8 5, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.5, i32 1, [4 x i32] [i32 1, i32 0, i32 0, i32 0], i64 272, i8 3, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.19, i32 2, [4 x i32] [i32 5, i32 6, i32 0, i32 0], i64 32, i8 0, i8 1, i32 6, i32 5, i32 18 }, %struct.nnrt_tensor { ptr @.str.20, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 64, i8 0, i8 0, i32 6, i32 5, i32 19 }, %struct.nnrt_tensor { ptr @.str.21, i32 2, [4 x i32] [i32 3, i32 5, i32 0, i32 0], i64 80, i8 0, i8 2, i32 5, i32 3, i32 20 }, %struct.nnrt_tensor { ptr @.str.22, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 96, i8 0, i8 0, i32 5, i32 3, i32 21 }, %struct.nnrt_tensor { ptr @.str.10, i32 0, [4 x i32] zeroinitializer, i64 112, i8 1, i8 4, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.11, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 128, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.12, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 144, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.13, i32 2, [4 x i32] [i32 5, i32 6, i32 0, i32 0], i64 160, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.14, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 192, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.15, i32 2, [4 x i32] [i32 3, i32 5, i32 0, i32 0], i64 208, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.16, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 224, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 288, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.18, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 304, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.19, i32 2, [4 x i32] [i32 5, i32 6, i32 0, i32 0], i64 320, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.20, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 352, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.21, i32 2, [4 x i32] [i32 3, i32 5, i32 0, i32 0], i64 368, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.22, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 384, i8 2, i8 0, i32 0, i32 0, i32 -1 }]
@.str.23 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c"h_1\00", align 1
@bn_vector_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 6, i64 3, i64 4, i64 576, ptr @bn_vector_tensors, i64 22, i64 63, i32 2, i32 10, double 0.000000e+00, i32 0, i64 0, ptr null, i64 288, i64 112, float 0x3FB99999A0000000, ptr @bn_vector_forward, ptr @bn_vector_grad_step, ptr @bn_vector_update_step, ptr @bn_vector_eval_batch, i32 0, i32 0, i32 10, double 0.000000e+00, double 0.000000e+00, ptr null, i64 0, i64 0, float 0.000000e+00, i32 0, ptr @.str.23, i32 1, [3 x i32] [i32 6, i32 0, i32 0], ptr @.str.24 }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @bn_vector_matmul_Bx5(ptr nocapture readonly %arg1, ptr nocapture readonly %arg2, ptr nocapture readonly %arg3, ptr nocapture writeonly %result, i64 %n) unnamed_addr #0 {
entry:
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %1 = getelementptr inbounds i8, ptr %arg3, i64 4
  %2 = getelementptr inbounds i8, ptr %arg3, i64 8
  %3 = getelementptr inbounds i8, ptr %arg3, i64 12
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %4 = load float, ptr %arg3, align 4
  %5 = fadd float %69, %4
  %6 = mul nuw nsw i64 %i0.0306.us, 5
  %7 = getelementptr inbounds float, ptr %result, i64 %6
  store float %5, ptr %7, align 4
  %8 = load float, ptr %1, align 4
  %9 = fadd float %75, %8
  %10 = or disjoint i64 %6, 1
  %11 = getelementptr inbounds float, ptr %result, i64 %10
  store float %9, ptr %11, align 4
  %12 = load float, ptr %2, align 4
  %13 = fadd float %81, %12
  %14 = or disjoint i64 %6, 2
  %15 = getelementptr inbounds float, ptr %result, i64 %14
  store float %13, ptr %15, align 4
  %16 = load float, ptr %3, align 4
  %17 = fadd float %87, %16
  %18 = or disjoint i64 %6, 3
  %19 = getelementptr inbounds float, ptr %result, i64 %18
  store float %17, ptr %19, align 4
  %20 = load float, ptr %arg3, align 4
  %21 = fadd float %70, %20
  %22 = getelementptr i8, ptr %7, i64 20
  store float %21, ptr %22, align 4
  %23 = load float, ptr %1, align 4
  %24 = fadd float %76, %23
  %25 = getelementptr i8, ptr %7, i64 24
  store float %24, ptr %25, align 4
  %26 = load float, ptr %2, align 4
  %27 = fadd float %82, %26
  %28 = getelementptr i8, ptr %7, i64 28
  store float %27, ptr %28, align 4
  %29 = load float, ptr %3, align 4
  %30 = fadd float %88, %29
  %31 = getelementptr i8, ptr %7, i64 32
  store float %30, ptr %31, align 4
  %32 = load float, ptr %arg3, align 4
  %33 = fadd float %71, %32
  %34 = getelementptr i8, ptr %7, i64 40
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %77, %35
  %37 = getelementptr i8, ptr %7, i64 44
  store float %36, ptr %37, align 4
  %38 = load float, ptr %2, align 4
  %39 = fadd float %83, %38
  %40 = getelementptr i8, ptr %7, i64 48
  store float %39, ptr %40, align 4
  %41 = load float, ptr %3, align 4
  %42 = fadd float %89, %41
  %43 = getelementptr i8, ptr %7, i64 52
  store float %42, ptr %43, align 4
  %44 = load float, ptr %arg3, align 4
  %45 = fadd float %72, %44
  %46 = getelementptr i8, ptr %7, i64 60
  store float %45, ptr %46, align 4
  %47 = load float, ptr %1, align 4
  %48 = fadd float %78, %47
  %49 = getelementptr i8, ptr %7, i64 64
  store float %48, ptr %49, align 4
  %50 = load float, ptr %2, align 4
  %51 = fadd float %84, %50
  %52 = getelementptr i8, ptr %7, i64 68
  store float %51, ptr %52, align 4
  %53 = load float, ptr %3, align 4
  %54 = fadd float %90, %53
  %55 = getelementptr i8, ptr %7, i64 72
  store float %54, ptr %55, align 4
  %56 = add nuw nsw i64 %i0.0306.us, 4
  %57 = icmp ult i64 %56, %0
  br i1 %57, label %k.cond.preheader.us, label %i0.cond6.preheader

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %s0_0.0305.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %69, %k.body.us ]
  %s0_1.0304.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %75, %k.body.us ]
  %s0_2.0303.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %81, %k.body.us ]
  %s0_3.0302.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %87, %k.body.us ]
  %s1_0.0301.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %70, %k.body.us ]
  %s1_1.0300.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %76, %k.body.us ]
  %s1_2.0299.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %82, %k.body.us ]
  %s1_3.0298.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %88, %k.body.us ]
  %k.0297.us = phi i64 [ 0, %k.cond.preheader.us ], [ %91, %k.body.us ]
  %s3_3.0296.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %90, %k.body.us ]
  %s3_2.0295.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %84, %k.body.us ]
  %s3_1.0294.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %78, %k.body.us ]
  %s3_0.0293.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %72, %k.body.us ]
  %s2_3.0292.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %89, %k.body.us ]
  %s2_2.0291.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %83, %k.body.us ]
  %s2_1.0290.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %77, %k.body.us ]
  %s2_0.0289.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %71, %k.body.us ]
  %58 = or disjoint i64 %k.0297.us, %92
  %59 = getelementptr inbounds float, ptr %arg1, i64 %58
  %60 = load float, ptr %59, align 4
  %61 = getelementptr float, ptr %94, i64 %k.0297.us
  %62 = load float, ptr %61, align 4
  %63 = getelementptr float, ptr %96, i64 %k.0297.us
  %64 = load float, ptr %63, align 4
  %65 = getelementptr float, ptr %97, i64 %k.0297.us
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %arg2, i64 %k.0297.us
  %68 = load float, ptr %67, align 4
  %69 = tail call float @llvm.fmuladd.f32(float %60, float %68, float %s0_0.0305.us)
  %70 = tail call float @llvm.fmuladd.f32(float %62, float %68, float %s1_0.0301.us)
  %71 = tail call float @llvm.fmuladd.f32(float %64, float %68, float %s2_0.0289.us)
  %72 = tail call float @llvm.fmuladd.f32(float %66, float %68, float %s3_0.0293.us)
  %73 = getelementptr inbounds i8, ptr %67, i64 24
  %74 = load float, ptr %73, align 4
  %75 = tail call float @llvm.fmuladd.f32(float %60, float %74, float %s0_1.0304.us)
  %76 = tail call float @llvm.fmuladd.f32(float %62, float %74, float %s1_1.0300.us)
  %77 = tail call float @llvm.fmuladd.f32(float %64, float %74, float %s2_1.0290.us)
  %78 = tail call float @llvm.fmuladd.f32(float %66, float %74, float %s3_1.0294.us)
  %79 = getelementptr inbounds i8, ptr %67, i64 48
  %80 = load float, ptr %79, align 4
  %81 = tail call float @llvm.fmuladd.f32(float %60, float %80, float %s0_2.0303.us)
  %82 = tail call float @llvm.fmuladd.f32(float %62, float %80, float %s1_2.0299.us)
  %83 = tail call float @llvm.fmuladd.f32(float %64, float %80, float %s2_2.0291.us)
  %84 = tail call float @llvm.fmuladd.f32(float %66, float %80, float %s3_2.0295.us)
  %85 = getelementptr inbounds i8, ptr %67, i64 72
  %86 = load float, ptr %85, align 4
  %87 = tail call float @llvm.fmuladd.f32(float %60, float %86, float %s0_3.0302.us)
  %88 = tail call float @llvm.fmuladd.f32(float %62, float %86, float %s1_3.0298.us)
  %89 = tail call float @llvm.fmuladd.f32(float %64, float %86, float %s2_3.0292.us)
  %90 = tail call float @llvm.fmuladd.f32(float %66, float %86, float %s3_3.0296.us)
  %91 = add nuw nsw i64 %k.0297.us, 1
  %exitcond.not = icmp eq i64 %91, 6
  br i1 %exitcond.not, label %k.end.us, label %k.body.us

k.cond.preheader.us:                              ; preds = %entry, %k.end.us
  %i0.0306.us = phi i64 [ %56, %k.end.us ], [ 0, %entry ]
  %92 = mul nuw nsw i64 %i0.0306.us, 6
  %93 = or disjoint i64 %92, 6
  %94 = getelementptr float, ptr %arg1, i64 %93
  %.idx286.us = mul i64 %i0.0306.us, 24
  %95 = getelementptr i8, ptr %arg1, i64 %.idx286.us
  %96 = getelementptr i8, ptr %95, i64 48
  %97 = getelementptr i8, ptr %95, i64 72
  br label %k.body.us

i0.cond6.preheader:                               ; preds = %k.end.us
  br i1 %.not, label %i.cond.preheader, label %k.cond16.preheader.lr.ph

k.cond16.preheader.lr.ph:                         ; preds = %i0.cond6.preheader
  %98 = getelementptr inbounds i8, ptr %arg3, i64 16
  br label %k.cond16.preheader

k.cond16.preheader:                               ; preds = %k.cond16.preheader.lr.ph, %k.end19
  %i05.0313 = phi i64 [ 0, %k.cond16.preheader.lr.ph ], [ %136, %k.end19 ]
  %99 = mul nuw nsw i64 %i05.0313, 6
  %100 = or disjoint i64 %99, 6
  %101 = getelementptr float, ptr %arg1, i64 %100
  %.idx284 = mul i64 %i05.0313, 24
  %102 = getelementptr i8, ptr %arg1, i64 %.idx284
  %103 = getelementptr i8, ptr %102, i64 48
  %104 = getelementptr i8, ptr %102, i64 72
  br label %k.body17

i.cond.preheader:                                 ; preds = %k.end19, %entry, %i0.cond6.preheader
  %invariant.gep = getelementptr i8, ptr %result, i64 16
  %.not324 = icmp eq i64 %0, %n
  br i1 %.not324, label %i.end, label %j0.cond27.preheader.lr.ph

j0.cond27.preheader.lr.ph:                        ; preds = %i.cond.preheader
  %105 = getelementptr inbounds i8, ptr %arg3, i64 16
  br label %j0.cond27.preheader

k.body17:                                         ; preds = %k.cond16.preheader, %k.body17
  %k15.0312 = phi i64 [ 0, %k.cond16.preheader ], [ %122, %k.body17 ]
  %s3_014.0311 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %121, %k.body17 ]
  %s2_013.0310 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %120, %k.body17 ]
  %s1_012.0309 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %119, %k.body17 ]
  %s0_011.0308 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %118, %k.body17 ]
  %106 = or disjoint i64 %k15.0312, %99
  %107 = getelementptr inbounds float, ptr %arg1, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr float, ptr %101, i64 %k15.0312
  %110 = load float, ptr %109, align 4
  %111 = getelementptr float, ptr %103, i64 %k15.0312
  %112 = load float, ptr %111, align 4
  %113 = getelementptr float, ptr %104, i64 %k15.0312
  %114 = load float, ptr %113, align 4
  %115 = or disjoint i64 %k15.0312, 24
  %116 = getelementptr inbounds float, ptr %arg2, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = tail call float @llvm.fmuladd.f32(float %108, float %117, float %s0_011.0308)
  %119 = tail call float @llvm.fmuladd.f32(float %110, float %117, float %s1_012.0309)
  %120 = tail call float @llvm.fmuladd.f32(float %112, float %117, float %s2_013.0310)
  %121 = tail call float @llvm.fmuladd.f32(float %114, float %117, float %s3_014.0311)
  %122 = add nuw nsw i64 %k15.0312, 1
  %exitcond349.not = icmp eq i64 %122, 6
  br i1 %exitcond349.not, label %k.end19, label %k.body17

k.end19:                                          ; preds = %k.body17
  %123 = load float, ptr %98, align 4
  %124 = fadd float %118, %123
  %.idx280 = mul i64 %i05.0313, 20
  %125 = getelementptr inbounds i8, ptr %result, i64 %.idx280
  %126 = getelementptr inbounds i8, ptr %125, i64 16
  store float %124, ptr %126, align 4
  %127 = load float, ptr %98, align 4
  %128 = fadd float %119, %127
  %129 = getelementptr i8, ptr %125, i64 36
  store float %128, ptr %129, align 4
  %130 = load float, ptr %98, align 4
  %131 = fadd float %120, %130
  %132 = getelementptr i8, ptr %125, i64 56
  store float %131, ptr %132, align 4
  %133 = load float, ptr %98, align 4
  %134 = fadd float %121, %133
  %135 = getelementptr i8, ptr %125, i64 76
  store float %134, ptr %135, align 4
  %136 = add nuw nsw i64 %i05.0313, 4
  %137 = icmp ult i64 %136, %0
  br i1 %137, label %k.cond16.preheader, label %i.cond.preheader

j0.cond27.preheader:                              ; preds = %j0.cond27.preheader.lr.ph, %k.end54
  %i.0322 = phi i64 [ %0, %j0.cond27.preheader.lr.ph ], [ %175, %k.end54 ]
  %.idx279 = mul i64 %i.0322, 24
  %138 = getelementptr i8, ptr %arg1, i64 %.idx279
  %.idx288 = mul i64 %i.0322, 20
  %139 = getelementptr inbounds i8, ptr %result, i64 %.idx288
  %140 = getelementptr i8, ptr %139, i64 8
  br label %k.body38

i.end:                                            ; preds = %k.end54, %i.cond.preheader
  ret void

k.body38:                                         ; preds = %j0.cond27.preheader, %k.body38
  %k36.0318 = phi i64 [ 0, %j0.cond27.preheader ], [ %155, %k.body38 ]
  %s0_335.0317 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %154, %k.body38 ]
  %s0_234.0316 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %151, %k.body38 ]
  %s0_133.0315 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %148, %k.body38 ]
  %s0_032.0314 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %145, %k.body38 ]
  %141 = getelementptr float, ptr %138, i64 %k36.0318
  %142 = load float, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %arg2, i64 %k36.0318
  %144 = load float, ptr %143, align 4
  %145 = tail call float @llvm.fmuladd.f32(float %142, float %144, float %s0_032.0314)
  %146 = getelementptr inbounds i8, ptr %143, i64 24
  %147 = load float, ptr %146, align 4
  %148 = tail call float @llvm.fmuladd.f32(float %142, float %147, float %s0_133.0315)
  %149 = getelementptr inbounds i8, ptr %143, i64 48
  %150 = load float, ptr %149, align 4
  %151 = tail call float @llvm.fmuladd.f32(float %142, float %150, float %s0_234.0316)
  %152 = getelementptr inbounds i8, ptr %143, i64 72
  %153 = load float, ptr %152, align 4
  %154 = tail call float @llvm.fmuladd.f32(float %142, float %153, float %s0_335.0317)
  %155 = add nuw nsw i64 %k36.0318, 1
  %exitcond350.not = icmp eq i64 %155, 6
  br i1 %exitcond350.not, label %k.end40, label %k.body38

k.end40:                                          ; preds = %k.body38
  %156 = getelementptr i8, ptr %139, i64 4
  %157 = getelementptr i8, ptr %139, i64 12
  %158 = load float, ptr %arg3, align 4
  %159 = fadd float %145, %158
  store float %159, ptr %139, align 4
  %160 = load float, ptr %1, align 4
  %161 = fadd float %148, %160
  store float %161, ptr %156, align 4
  %162 = load float, ptr %2, align 4
  %163 = fadd float %151, %162
  store float %163, ptr %140, align 4
  %164 = load float, ptr %3, align 4
  %165 = fadd float %154, %164
  store float %165, ptr %157, align 4
  br label %k.body52

k.body52:                                         ; preds = %k.end40, %k.body52
  %k50.0321 = phi i64 [ 0, %k.end40 ], [ %172, %k.body52 ]
  %s0_049.0320 = phi float [ 0.000000e+00, %k.end40 ], [ %171, %k.body52 ]
  %166 = getelementptr float, ptr %138, i64 %k50.0321
  %167 = load float, ptr %166, align 4
  %168 = or disjoint i64 %k50.0321, 24
  %169 = getelementptr inbounds float, ptr %arg2, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = tail call float @llvm.fmuladd.f32(float %167, float %170, float %s0_049.0320)
  %172 = add nuw nsw i64 %k50.0321, 1
  %exitcond351.not = icmp eq i64 %172, 6
  br i1 %exitcond351.not, label %k.end54, label %k.body52

k.end54:                                          ; preds = %k.body52
  %173 = load float, ptr %105, align 4
  %174 = fadd float %171, %173
  %gep = getelementptr i8, ptr %invariant.gep, i64 %.idx288
  store float %174, ptr %gep, align 4
  %175 = add nuw nsw i64 %i.0322, 1
  %176 = icmp ult i64 %175, %n
  br i1 %176, label %j0.cond27.preheader, label %i.end
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @bn_vector_forward(ptr nocapture align 64 %ws, ptr noalias nocapture readonly align 64 %pw, ptr nocapture readonly %x, ptr nocapture %y, i64 %n) #0 {
entry:
  %h_2_weight = getelementptr inbounds i8, ptr %pw, i64 128
  %h_2_bias = getelementptr inbounds i8, ptr %pw, i64 256
  %h_1_running_mean = getelementptr i8, ptr %pw, i64 960
  %h_1_running_var = getelementptr inbounds i8, ptr %pw, i64 1024
  %h_2 = getelementptr inbounds i8, ptr %ws, i64 1600
  %h_1_stats = getelementptr i8, ptr %ws, i64 2112
  tail call fastcc void @bn_vector_matmul_Bx5(ptr %x, ptr nonnull %h_2_weight, ptr nonnull %h_2_bias, ptr nonnull %h_2, i64 %n)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(20) %h_1_stats, ptr noundef nonnull align 64 dereferenceable(20) %h_1_running_mean, i64 20, i1 false)
  %invariant.gep = getelementptr i8, ptr %ws, i64 2132
  %wide.masked.load = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr nonnull %h_1_running_var, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> poison)
  %0 = fadd <8 x float> %wide.masked.load, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %1 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %0)
  %2 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float poison, float poison, float poison>, %1
  tail call void @llvm.masked.store.v8f32.p0(<8 x float> %2, ptr %invariant.gep, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1856
  %h = getelementptr inbounds i8, ptr %ws, i64 1728
  %y_bias = getelementptr inbounds i8, ptr %pw, i64 384
  %y_weight = getelementptr inbounds i8, ptr %pw, i64 320
  %h_1_bias = getelementptr inbounds i8, ptr %pw, i64 64
  %.not.i = icmp eq i64 %n, 0
  br i1 %.not.i, label %j.end.i, label %ch.cond.preheader.i

ch.cond.preheader.i:                              ; preds = %entry, %ch.end.i
  %img.022.i = phi i64 [ %23, %ch.end.i ], [ 0, %entry ]
  %3 = mul nuw nsw i64 %img.022.i, 5
  br label %ch.body.i

ch.body.i:                                        ; preds = %ch.body.i, %ch.cond.preheader.i
  %ch.021.i = phi i64 [ 0, %ch.cond.preheader.i ], [ %22, %ch.body.i ]
  %4 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch.021.i
  %5 = load float, ptr %4, align 4
  %6 = getelementptr inbounds i8, ptr %4, i64 20
  %7 = load float, ptr %6, align 4
  %8 = getelementptr inbounds float, ptr %pw, i64 %ch.021.i
  %9 = load float, ptr %8, align 4
  %10 = fmul float %7, %9
  %11 = getelementptr inbounds float, ptr %h_1_bias, i64 %ch.021.i
  %12 = load float, ptr %11, align 4
  %13 = add nuw nsw i64 %ch.021.i, %3
  %14 = getelementptr inbounds float, ptr %h, i64 %13
  %15 = getelementptr inbounds float, ptr %h_2, i64 %13
  %16 = load float, ptr %15, align 4
  %17 = fsub float %16, %5
  %18 = fmul float %10, %17
  %19 = fadd float %12, %18
  %20 = fcmp olt float %19, 0.000000e+00
  %21 = select i1 %20, float 0.000000e+00, float %19
  store float %21, ptr %14, align 4
  %22 = add nuw nsw i64 %ch.021.i, 1
  %exitcond.not.i = icmp eq i64 %22, 5
  br i1 %exitcond.not.i, label %ch.end.i, label %ch.body.i

ch.end.i:                                         ; preds = %ch.body.i
  %23 = add nuw nsw i64 %img.022.i, 1
  %exitcond23.not.i = icmp eq i64 %23, %n
  br i1 %exitcond23.not.i, label %bn_vector_bn_apply_Bx5_relu.exit, label %ch.cond.preheader.i

bn_vector_bn_apply_Bx5_relu.exit:                 ; preds = %ch.end.i
  %24 = and i64 %n, -4
  %.not.i7 = icmp eq i64 %24, 0
  br i1 %.not.i7, label %j.end.i, label %i0.cond.preheader.us.i

i0.cond.preheader.us.i:                           ; preds = %bn_vector_bn_apply_Bx5_relu.exit, %i0.cond.i0.end_crit_edge.us.i
  %j.085.us.i = phi i64 [ %62, %i0.cond.i0.end_crit_edge.us.i ], [ 0, %bn_vector_bn_apply_Bx5_relu.exit ]
  %invariant.gep.us.i = getelementptr float, ptr %y_pre, i64 %j.085.us.i
  %.idx78.us.i = mul nuw nsw i64 %j.085.us.i, 20
  %25 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx78.us.i
  %26 = getelementptr inbounds float, ptr %y_bias, i64 %j.085.us.i
  %27 = load float, ptr %26, align 4
  br label %k.cond.preheader.us.i

k.end.us.i:                                       ; preds = %k.body.us.i
  %28 = fadd float %53, %27
  %29 = mul nuw nsw i64 %i0.084.us.i, 3
  %30 = or disjoint i64 %29, %j.085.us.i
  %31 = getelementptr inbounds float, ptr %y_pre, i64 %30
  store float %28, ptr %31, align 4
  %32 = fadd float %54, %27
  %33 = or disjoint i64 %29, 3
  %gep.us.i = getelementptr float, ptr %invariant.gep.us.i, i64 %33
  store float %32, ptr %gep.us.i, align 4
  %34 = fadd float %55, %27
  %.idx72.us.i = mul i64 %i0.084.us.i, 12
  %35 = getelementptr i8, ptr %y_pre, i64 %.idx72.us.i
  %36 = getelementptr i8, ptr %35, i64 24
  %37 = getelementptr float, ptr %36, i64 %j.085.us.i
  store float %34, ptr %37, align 4
  %38 = fadd float %56, %27
  %39 = getelementptr i8, ptr %35, i64 36
  %40 = getelementptr float, ptr %39, i64 %j.085.us.i
  store float %38, ptr %40, align 4
  %41 = add nuw nsw i64 %i0.084.us.i, 4
  %42 = icmp ult i64 %41, %24
  br i1 %42, label %k.cond.preheader.us.i, label %i0.cond.i0.end_crit_edge.us.i

k.body.us.i:                                      ; preds = %k.cond.preheader.us.i, %k.body.us.i
  %s0_0.083.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %53, %k.body.us.i ]
  %s1_0.082.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %54, %k.body.us.i ]
  %s2_0.081.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %55, %k.body.us.i ]
  %k.080.us.i = phi i64 [ 0, %k.cond.preheader.us.i ], [ %57, %k.body.us.i ]
  %s3_0.079.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %56, %k.body.us.i ]
  %43 = getelementptr inbounds float, ptr %58, i64 %k.080.us.i
  %44 = load float, ptr %43, align 4
  %45 = getelementptr float, ptr %59, i64 %k.080.us.i
  %46 = load float, ptr %45, align 4
  %47 = getelementptr float, ptr %60, i64 %k.080.us.i
  %48 = load float, ptr %47, align 4
  %49 = getelementptr float, ptr %61, i64 %k.080.us.i
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %25, i64 %k.080.us.i
  %52 = load float, ptr %51, align 4
  %53 = tail call float @llvm.fmuladd.f32(float %44, float %52, float %s0_0.083.us.i)
  %54 = tail call float @llvm.fmuladd.f32(float %46, float %52, float %s1_0.082.us.i)
  %55 = tail call float @llvm.fmuladd.f32(float %48, float %52, float %s2_0.081.us.i)
  %56 = tail call float @llvm.fmuladd.f32(float %50, float %52, float %s3_0.079.us.i)
  %57 = add nuw nsw i64 %k.080.us.i, 1
  %exitcond.not.i8 = icmp eq i64 %57, 5
  br i1 %exitcond.not.i8, label %k.end.us.i, label %k.body.us.i

k.cond.preheader.us.i:                            ; preds = %k.end.us.i, %i0.cond.preheader.us.i
  %i0.084.us.i = phi i64 [ 0, %i0.cond.preheader.us.i ], [ %41, %k.end.us.i ]
  %.idx74.us.i = mul i64 %i0.084.us.i, 20
  %58 = getelementptr inbounds i8, ptr %h, i64 %.idx74.us.i
  %59 = getelementptr i8, ptr %58, i64 20
  %60 = getelementptr i8, ptr %58, i64 40
  %61 = getelementptr i8, ptr %58, i64 60
  br label %k.body.us.i

i0.cond.i0.end_crit_edge.us.i:                    ; preds = %k.end.us.i
  %62 = add nuw nsw i64 %j.085.us.i, 1
  %exitcond96.not.i = icmp eq i64 %62, 3
  br i1 %exitcond96.not.i, label %j.end.i, label %i0.cond.preheader.us.i

j.end.i:                                          ; preds = %i0.cond.i0.end_crit_edge.us.i, %entry, %bn_vector_bn_apply_Bx5_relu.exit
  %63 = phi i64 [ 0, %bn_vector_bn_apply_Bx5_relu.exit ], [ 0, %entry ], [ %24, %i0.cond.i0.end_crit_edge.us.i ]
  %.not90.i = icmp eq i64 %63, %n
  br i1 %.not90.i, label %bn_vector_matmul_Bx3.exit, label %j.cond6.preheader.i

j.cond6.preheader.i:                              ; preds = %j.end.i, %j.end9.i
  %i.089.i = phi i64 [ %67, %j.end9.i ], [ %63, %j.end.i ]
  %.idx70.i = mul i64 %i.089.i, 20
  %64 = getelementptr i8, ptr %h, i64 %.idx70.i
  %.idx.i = mul i64 %i.089.i, 12
  %65 = getelementptr i8, ptr %y_pre, i64 %.idx.i
  br label %k.cond13.preheader.i

k.cond13.preheader.i:                             ; preds = %k.end16.i, %j.cond6.preheader.i
  %j5.088.i = phi i64 [ 0, %j.cond6.preheader.i ], [ %79, %k.end16.i ]
  %.idx71.i = mul nuw nsw i64 %j5.088.i, 20
  %66 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx71.i
  br label %k.body14.i

j.end9.i:                                         ; preds = %k.end16.i
  %67 = add nuw nsw i64 %i.089.i, 1
  %68 = icmp ult i64 %67, %n
  br i1 %68, label %j.cond6.preheader.i, label %bn_vector_matmul_Bx3.exit

k.body14.i:                                       ; preds = %k.body14.i, %k.cond13.preheader.i
  %k12.087.i = phi i64 [ 0, %k.cond13.preheader.i ], [ %74, %k.body14.i ]
  %s0_011.086.i = phi float [ 0.000000e+00, %k.cond13.preheader.i ], [ %73, %k.body14.i ]
  %69 = getelementptr float, ptr %64, i64 %k12.087.i
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %66, i64 %k12.087.i
  %72 = load float, ptr %71, align 4
  %73 = tail call float @llvm.fmuladd.f32(float %70, float %72, float %s0_011.086.i)
  %74 = add nuw nsw i64 %k12.087.i, 1
  %exitcond97.not.i = icmp eq i64 %74, 5
  br i1 %exitcond97.not.i, label %k.end16.i, label %k.body14.i

k.end16.i:                                        ; preds = %k.body14.i
  %75 = getelementptr inbounds float, ptr %y_bias, i64 %j5.088.i
  %76 = load float, ptr %75, align 4
  %77 = fadd float %73, %76
  %78 = getelementptr float, ptr %65, i64 %j5.088.i
  store float %77, ptr %78, align 4
  %79 = add nuw nsw i64 %j5.088.i, 1
  %exitcond98.not.i = icmp eq i64 %79, 3
  br i1 %exitcond98.not.i, label %j.end9.i, label %k.cond13.preheader.i

bn_vector_matmul_Bx3.exit:                        ; preds = %j.end9.i, %j.end.i
  br i1 %.not.i, label %bn_vector_softmax_Bx3.exit, label %i.body.i

i.body.i:                                         ; preds = %bn_vector_matmul_Bx3.exit, %j.cond10.preheader.i
  %i.039.i = phi i64 [ %89, %j.cond10.preheader.i ], [ 0, %bn_vector_matmul_Bx3.exit ]
  %80 = mul nuw nsw i64 %i.039.i, 3
  %81 = getelementptr inbounds float, ptr %y_pre, i64 %80
  %82 = load float, ptr %81, align 4
  br label %j.body.i

j.body.i:                                         ; preds = %j.body.i, %i.body.i
  %j.035.i = phi i64 [ 0, %i.body.i ], [ %86, %j.body.i ]
  %mx.034.i = phi float [ %82, %i.body.i ], [ %85, %j.body.i ]
  %83 = getelementptr inbounds float, ptr %81, i64 %j.035.i
  %84 = load float, ptr %83, align 4
  %85 = tail call float @llvm.maxnum.f32(float %mx.034.i, float %84)
  %86 = add nuw nsw i64 %j.035.i, 1
  %exitcond.not.i10 = icmp eq i64 %86, 3
  br i1 %exitcond.not.i10, label %j.body5.i, label %j.body.i

j.cond10.preheader.i:                             ; preds = %j.body5.i
  %87 = getelementptr inbounds float, ptr %y, i64 %80
  %broadcast.splatinsert47 = insertelement <4 x float> poison, float %96, i64 0
  %broadcast.splat48 = shufflevector <4 x float> %broadcast.splatinsert47, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load46 = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %87, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %88 = fdiv <4 x float> %wide.masked.load46, %broadcast.splat48
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %88, ptr %87, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %89 = add nuw nsw i64 %i.039.i, 1
  %exitcond43.not.i = icmp eq i64 %89, %n
  br i1 %exitcond43.not.i, label %bn_vector_softmax_Bx3.exit, label %i.body.i

j.body5.i:                                        ; preds = %j.body.i, %j.body5.i
  %j3.037.i = phi i64 [ %97, %j.body5.i ], [ 0, %j.body.i ]
  %sum.036.i = phi float [ %96, %j.body5.i ], [ 0.000000e+00, %j.body.i ]
  %90 = add nuw nsw i64 %j3.037.i, %80
  %91 = getelementptr inbounds float, ptr %y, i64 %90
  %92 = getelementptr inbounds float, ptr %y_pre, i64 %90
  %93 = load float, ptr %92, align 4
  %94 = fsub float %93, %85
  %95 = tail call float @llvm.exp.f32(float %94)
  store float %95, ptr %91, align 4
  %96 = fadd reassoc float %sum.036.i, %95
  %97 = add nuw nsw i64 %j3.037.i, 1
  %exitcond41.not.i = icmp eq i64 %97, 3
  br i1 %exitcond41.not.i, label %j.cond10.preheader.i, label %j.body5.i

bn_vector_softmax_Bx3.exit:                       ; preds = %j.cond10.preheader.i, %bn_vector_matmul_Bx3.exit
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal float @bn_vector_grad_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #2 {
entry:
  %ws778 = ptrtoint ptr %ws to i64
  %h_2_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %h_2_bias = getelementptr inbounds i8, ptr %ws, i64 256
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 320
  %h_1_running_mean = getelementptr inbounds i8, ptr %ws, i64 960
  %h_1_running_var = getelementptr inbounds i8, ptr %ws, i64 1024
  %d_h_1_weight = getelementptr inbounds i8, ptr %ws, i64 1152
  %d_h_2_weight = getelementptr inbounds i8, ptr %ws, i64 1280
  %d_y_weight = getelementptr inbounds i8, ptr %ws, i64 1472
  %h_2 = getelementptr inbounds i8, ptr %ws, i64 1600
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1856
  %h_1_stats = getelementptr inbounds i8, ptr %ws, i64 2112
  %y = getelementptr inbounds i8, ptr %ws, i64 2176
  tail call fastcc void @bn_vector_matmul_Bx5(ptr %x, ptr nonnull %h_2_weight, ptr nonnull %h_2_bias, ptr nonnull %h_2, i64 %n)
  %.not = icmp eq i64 %n, 0
  %0 = uitofp i64 %n to float
  %1 = icmp ugt i64 %n, 1
  %2 = fadd float %0, -1.000000e+00
  %3 = fdiv float 0.000000e+00, %0
  %min.iters.check719 = icmp ult i64 %n, 32
  %n.vec722 = and i64 %n, -32
  %cmp.n734 = icmp eq i64 %n.vec722, %n
  %min.iters.check = icmp ult i64 %n, 32
  %n.vec = and i64 %n, -32
  %cmp.n = icmp eq i64 %n.vec, %n
  br label %img.cond.preheader

img.cond.preheader:                               ; preds = %img.cond.preheader.backedge, %entry
  %ch.0451 = phi i64 [ 0, %entry ], [ %ch.0451.be, %img.cond.preheader.backedge ]
  br i1 %.not, label %img.end8, label %px.cond.preheader.lr.ph

px.cond.preheader.lr.ph:                          ; preds = %img.cond.preheader
  %invariant.gep = getelementptr float, ptr %h_2, i64 %ch.0451
  br i1 %min.iters.check719, label %px.cond.preheader.preheader, label %vector.ph720

vector.ph720:                                     ; preds = %px.cond.preheader.lr.ph
  %invariant.gep941 = getelementptr i8, ptr %invariant.gep, i64 140
  %invariant.gep943 = getelementptr i8, ptr %invariant.gep, i64 160
  %invariant.gep945 = getelementptr i8, ptr %invariant.gep, i64 180
  %invariant.gep947 = getelementptr i8, ptr %invariant.gep, i64 200
  %invariant.gep949 = getelementptr i8, ptr %invariant.gep, i64 220
  %invariant.gep951 = getelementptr i8, ptr %invariant.gep, i64 240
  %invariant.gep953 = getelementptr i8, ptr %invariant.gep, i64 260
  %invariant.gep955 = getelementptr i8, ptr %invariant.gep, i64 280
  %invariant.gep957 = getelementptr i8, ptr %invariant.gep, i64 300
  %invariant.gep959 = getelementptr i8, ptr %invariant.gep, i64 320
  %invariant.gep961 = getelementptr i8, ptr %invariant.gep, i64 340
  %invariant.gep963 = getelementptr i8, ptr %invariant.gep, i64 360
  %invariant.gep965 = getelementptr i8, ptr %invariant.gep, i64 380
  %invariant.gep967 = getelementptr i8, ptr %invariant.gep, i64 400
  %invariant.gep969 = getelementptr i8, ptr %invariant.gep, i64 420
  %invariant.gep971 = getelementptr i8, ptr %invariant.gep, i64 440
  %invariant.gep973 = getelementptr i8, ptr %invariant.gep, i64 460
  %invariant.gep975 = getelementptr i8, ptr %invariant.gep, i64 480
  %invariant.gep977 = getelementptr i8, ptr %invariant.gep, i64 500
  %invariant.gep979 = getelementptr i8, ptr %invariant.gep, i64 520
  %invariant.gep981 = getelementptr i8, ptr %invariant.gep, i64 540
  %invariant.gep983 = getelementptr i8, ptr %invariant.gep, i64 560
  %invariant.gep985 = getelementptr i8, ptr %invariant.gep, i64 580
  %invariant.gep987 = getelementptr i8, ptr %invariant.gep, i64 600
  %invariant.gep989 = getelementptr i8, ptr %invariant.gep, i64 620
  br label %vector.body724

vector.body724:                                   ; preds = %vector.body724, %vector.ph720
  %index725 = phi i64 [ 0, %vector.ph720 ], [ %index.next730, %vector.body724 ]
  %vec.phi726 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph720 ], [ %113, %vector.body724 ]
  %vec.phi727 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph720 ], [ %114, %vector.body724 ]
  %vec.phi728 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph720 ], [ %115, %vector.body724 ]
  %vec.phi729 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph720 ], [ %116, %vector.body724 ]
  %4 = mul i64 %index725, 20
  %5 = mul i64 %index725, 20
  %6 = or disjoint i64 %5, 20
  %7 = mul i64 %index725, 20
  %8 = or disjoint i64 %7, 40
  %9 = mul i64 %index725, 20
  %10 = or disjoint i64 %9, 60
  %11 = mul i64 %index725, 20
  %12 = or disjoint i64 %11, 80
  %13 = mul i64 %index725, 20
  %14 = or disjoint i64 %13, 100
  %15 = mul i64 %index725, 20
  %16 = or disjoint i64 %15, 120
  %17 = mul i64 %index725, 20
  %18 = mul i64 %index725, 20
  %19 = mul i64 %index725, 20
  %20 = mul i64 %index725, 20
  %21 = mul i64 %index725, 20
  %22 = mul i64 %index725, 20
  %23 = mul i64 %index725, 20
  %24 = mul i64 %index725, 20
  %25 = mul i64 %index725, 20
  %26 = mul i64 %index725, 20
  %27 = mul i64 %index725, 20
  %28 = mul i64 %index725, 20
  %29 = mul i64 %index725, 20
  %30 = mul i64 %index725, 20
  %31 = mul i64 %index725, 20
  %32 = mul i64 %index725, 20
  %33 = mul i64 %index725, 20
  %34 = mul i64 %index725, 20
  %35 = mul i64 %index725, 20
  %36 = mul i64 %index725, 20
  %37 = mul i64 %index725, 20
  %38 = mul i64 %index725, 20
  %39 = mul i64 %index725, 20
  %40 = mul i64 %index725, 20
  %41 = mul i64 %index725, 20
  %42 = getelementptr i8, ptr %invariant.gep, i64 %4
  %43 = getelementptr i8, ptr %invariant.gep, i64 %6
  %44 = getelementptr i8, ptr %invariant.gep, i64 %8
  %45 = getelementptr i8, ptr %invariant.gep, i64 %10
  %46 = getelementptr i8, ptr %invariant.gep, i64 %12
  %47 = getelementptr i8, ptr %invariant.gep, i64 %14
  %48 = getelementptr i8, ptr %invariant.gep, i64 %16
  %gep942 = getelementptr i8, ptr %invariant.gep941, i64 %17
  %gep944 = getelementptr i8, ptr %invariant.gep943, i64 %18
  %gep946 = getelementptr i8, ptr %invariant.gep945, i64 %19
  %gep948 = getelementptr i8, ptr %invariant.gep947, i64 %20
  %gep950 = getelementptr i8, ptr %invariant.gep949, i64 %21
  %gep952 = getelementptr i8, ptr %invariant.gep951, i64 %22
  %gep954 = getelementptr i8, ptr %invariant.gep953, i64 %23
  %gep956 = getelementptr i8, ptr %invariant.gep955, i64 %24
  %gep958 = getelementptr i8, ptr %invariant.gep957, i64 %25
  %gep960 = getelementptr i8, ptr %invariant.gep959, i64 %26
  %gep962 = getelementptr i8, ptr %invariant.gep961, i64 %27
  %gep964 = getelementptr i8, ptr %invariant.gep963, i64 %28
  %gep966 = getelementptr i8, ptr %invariant.gep965, i64 %29
  %gep968 = getelementptr i8, ptr %invariant.gep967, i64 %30
  %gep970 = getelementptr i8, ptr %invariant.gep969, i64 %31
  %gep972 = getelementptr i8, ptr %invariant.gep971, i64 %32
  %gep974 = getelementptr i8, ptr %invariant.gep973, i64 %33
  %gep976 = getelementptr i8, ptr %invariant.gep975, i64 %34
  %gep978 = getelementptr i8, ptr %invariant.gep977, i64 %35
  %gep980 = getelementptr i8, ptr %invariant.gep979, i64 %36
  %gep982 = getelementptr i8, ptr %invariant.gep981, i64 %37
  %gep984 = getelementptr i8, ptr %invariant.gep983, i64 %38
  %gep986 = getelementptr i8, ptr %invariant.gep985, i64 %39
  %gep988 = getelementptr i8, ptr %invariant.gep987, i64 %40
  %gep990 = getelementptr i8, ptr %invariant.gep989, i64 %41
  %49 = load float, ptr %42, align 4
  %50 = load float, ptr %43, align 4
  %51 = load float, ptr %44, align 4
  %52 = load float, ptr %45, align 4
  %53 = load float, ptr %46, align 4
  %54 = load float, ptr %47, align 4
  %55 = load float, ptr %48, align 4
  %56 = load float, ptr %gep942, align 4
  %57 = insertelement <8 x float> poison, float %49, i64 0
  %58 = insertelement <8 x float> %57, float %50, i64 1
  %59 = insertelement <8 x float> %58, float %51, i64 2
  %60 = insertelement <8 x float> %59, float %52, i64 3
  %61 = insertelement <8 x float> %60, float %53, i64 4
  %62 = insertelement <8 x float> %61, float %54, i64 5
  %63 = insertelement <8 x float> %62, float %55, i64 6
  %64 = insertelement <8 x float> %63, float %56, i64 7
  %65 = load float, ptr %gep944, align 4
  %66 = load float, ptr %gep946, align 4
  %67 = load float, ptr %gep948, align 4
  %68 = load float, ptr %gep950, align 4
  %69 = load float, ptr %gep952, align 4
  %70 = load float, ptr %gep954, align 4
  %71 = load float, ptr %gep956, align 4
  %72 = load float, ptr %gep958, align 4
  %73 = insertelement <8 x float> poison, float %65, i64 0
  %74 = insertelement <8 x float> %73, float %66, i64 1
  %75 = insertelement <8 x float> %74, float %67, i64 2
  %76 = insertelement <8 x float> %75, float %68, i64 3
  %77 = insertelement <8 x float> %76, float %69, i64 4
  %78 = insertelement <8 x float> %77, float %70, i64 5
  %79 = insertelement <8 x float> %78, float %71, i64 6
  %80 = insertelement <8 x float> %79, float %72, i64 7
  %81 = load float, ptr %gep960, align 4
  %82 = load float, ptr %gep962, align 4
  %83 = load float, ptr %gep964, align 4
  %84 = load float, ptr %gep966, align 4
  %85 = load float, ptr %gep968, align 4
  %86 = load float, ptr %gep970, align 4
  %87 = load float, ptr %gep972, align 4
  %88 = load float, ptr %gep974, align 4
  %89 = insertelement <8 x float> poison, float %81, i64 0
  %90 = insertelement <8 x float> %89, float %82, i64 1
  %91 = insertelement <8 x float> %90, float %83, i64 2
  %92 = insertelement <8 x float> %91, float %84, i64 3
  %93 = insertelement <8 x float> %92, float %85, i64 4
  %94 = insertelement <8 x float> %93, float %86, i64 5
  %95 = insertelement <8 x float> %94, float %87, i64 6
  %96 = insertelement <8 x float> %95, float %88, i64 7
  %97 = load float, ptr %gep976, align 4
  %98 = load float, ptr %gep978, align 4
  %99 = load float, ptr %gep980, align 4
  %100 = load float, ptr %gep982, align 4
  %101 = load float, ptr %gep984, align 4
  %102 = load float, ptr %gep986, align 4
  %103 = load float, ptr %gep988, align 4
  %104 = load float, ptr %gep990, align 4
  %105 = insertelement <8 x float> poison, float %97, i64 0
  %106 = insertelement <8 x float> %105, float %98, i64 1
  %107 = insertelement <8 x float> %106, float %99, i64 2
  %108 = insertelement <8 x float> %107, float %100, i64 3
  %109 = insertelement <8 x float> %108, float %101, i64 4
  %110 = insertelement <8 x float> %109, float %102, i64 5
  %111 = insertelement <8 x float> %110, float %103, i64 6
  %112 = insertelement <8 x float> %111, float %104, i64 7
  %113 = fadd reassoc <8 x float> %vec.phi726, %64
  %114 = fadd reassoc <8 x float> %vec.phi727, %80
  %115 = fadd reassoc <8 x float> %vec.phi728, %96
  %116 = fadd reassoc <8 x float> %vec.phi729, %112
  %index.next730 = add nuw i64 %index725, 32
  %117 = icmp eq i64 %index.next730, %n.vec722
  br i1 %117, label %middle.block717, label %vector.body724, !llvm.loop !0

middle.block717:                                  ; preds = %vector.body724
  %bin.rdx731 = fadd reassoc <8 x float> %114, %113
  %bin.rdx732 = fadd reassoc <8 x float> %115, %bin.rdx731
  %bin.rdx733 = fadd reassoc <8 x float> %116, %bin.rdx732
  %118 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx733)
  br i1 %cmp.n734, label %px.cond12.preheader.lr.ph, label %px.cond.preheader.preheader

px.cond.preheader.preheader:                      ; preds = %middle.block717, %px.cond.preheader.lr.ph
  %sum.0444.ph = phi float [ 0.000000e+00, %px.cond.preheader.lr.ph ], [ %118, %middle.block717 ]
  %img.0443.ph = phi i64 [ 0, %px.cond.preheader.lr.ph ], [ %n.vec722, %middle.block717 ]
  br label %px.cond.preheader

px.cond.preheader:                                ; preds = %px.cond.preheader.preheader, %px.cond.preheader
  %sum.0444 = phi float [ %120, %px.cond.preheader ], [ %sum.0444.ph, %px.cond.preheader.preheader ]
  %img.0443 = phi i64 [ %121, %px.cond.preheader ], [ %img.0443.ph, %px.cond.preheader.preheader ]
  %.idx418 = mul i64 %img.0443, 20
  %gep = getelementptr i8, ptr %invariant.gep, i64 %.idx418
  %119 = load float, ptr %gep, align 4
  %120 = fadd reassoc float %sum.0444, %119
  %121 = add nuw nsw i64 %img.0443, 1
  %exitcond.not = icmp eq i64 %121, %n
  br i1 %exitcond.not, label %px.cond12.preheader.lr.ph, label %px.cond.preheader, !llvm.loop !3

px.cond12.preheader.lr.ph:                        ; preds = %px.cond.preheader, %middle.block717
  %.lcssa710 = phi float [ %118, %middle.block717 ], [ %120, %px.cond.preheader ]
  %122 = fdiv float %.lcssa710, %0
  %invariant.gep445 = getelementptr float, ptr %h_2, i64 %ch.0451
  br i1 %min.iters.check, label %px.cond12.preheader.preheader, label %vector.ph

vector.ph:                                        ; preds = %px.cond12.preheader.lr.ph
  %broadcast.splatinsert = insertelement <8 x float> poison, float %122, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %invariant.gep991 = getelementptr i8, ptr %invariant.gep445, i64 140
  %invariant.gep993 = getelementptr i8, ptr %invariant.gep445, i64 160
  %invariant.gep995 = getelementptr i8, ptr %invariant.gep445, i64 180
  %invariant.gep997 = getelementptr i8, ptr %invariant.gep445, i64 200
  %invariant.gep999 = getelementptr i8, ptr %invariant.gep445, i64 220
  %invariant.gep1001 = getelementptr i8, ptr %invariant.gep445, i64 240
  %invariant.gep1003 = getelementptr i8, ptr %invariant.gep445, i64 260
  %invariant.gep1005 = getelementptr i8, ptr %invariant.gep445, i64 280
  %invariant.gep1007 = getelementptr i8, ptr %invariant.gep445, i64 300
  %invariant.gep1009 = getelementptr i8, ptr %invariant.gep445, i64 320
  %invariant.gep1011 = getelementptr i8, ptr %invariant.gep445, i64 340
  %invariant.gep1013 = getelementptr i8, ptr %invariant.gep445, i64 360
  %invariant.gep1015 = getelementptr i8, ptr %invariant.gep445, i64 380
  %invariant.gep1017 = getelementptr i8, ptr %invariant.gep445, i64 400
  %invariant.gep1019 = getelementptr i8, ptr %invariant.gep445, i64 420
  %invariant.gep1021 = getelementptr i8, ptr %invariant.gep445, i64 440
  %invariant.gep1023 = getelementptr i8, ptr %invariant.gep445, i64 460
  %invariant.gep1025 = getelementptr i8, ptr %invariant.gep445, i64 480
  %invariant.gep1027 = getelementptr i8, ptr %invariant.gep445, i64 500
  %invariant.gep1029 = getelementptr i8, ptr %invariant.gep445, i64 520
  %invariant.gep1031 = getelementptr i8, ptr %invariant.gep445, i64 540
  %invariant.gep1033 = getelementptr i8, ptr %invariant.gep445, i64 560
  %invariant.gep1035 = getelementptr i8, ptr %invariant.gep445, i64 580
  %invariant.gep1037 = getelementptr i8, ptr %invariant.gep445, i64 600
  %invariant.gep1039 = getelementptr i8, ptr %invariant.gep445, i64 620
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %240, %vector.body ]
  %vec.phi712 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %241, %vector.body ]
  %vec.phi713 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %242, %vector.body ]
  %vec.phi714 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %243, %vector.body ]
  %123 = mul i64 %index, 20
  %124 = mul i64 %index, 20
  %125 = or disjoint i64 %124, 20
  %126 = mul i64 %index, 20
  %127 = or disjoint i64 %126, 40
  %128 = mul i64 %index, 20
  %129 = or disjoint i64 %128, 60
  %130 = mul i64 %index, 20
  %131 = or disjoint i64 %130, 80
  %132 = mul i64 %index, 20
  %133 = or disjoint i64 %132, 100
  %134 = mul i64 %index, 20
  %135 = or disjoint i64 %134, 120
  %136 = mul i64 %index, 20
  %137 = mul i64 %index, 20
  %138 = mul i64 %index, 20
  %139 = mul i64 %index, 20
  %140 = mul i64 %index, 20
  %141 = mul i64 %index, 20
  %142 = mul i64 %index, 20
  %143 = mul i64 %index, 20
  %144 = mul i64 %index, 20
  %145 = mul i64 %index, 20
  %146 = mul i64 %index, 20
  %147 = mul i64 %index, 20
  %148 = mul i64 %index, 20
  %149 = mul i64 %index, 20
  %150 = mul i64 %index, 20
  %151 = mul i64 %index, 20
  %152 = mul i64 %index, 20
  %153 = mul i64 %index, 20
  %154 = mul i64 %index, 20
  %155 = mul i64 %index, 20
  %156 = mul i64 %index, 20
  %157 = mul i64 %index, 20
  %158 = mul i64 %index, 20
  %159 = mul i64 %index, 20
  %160 = mul i64 %index, 20
  %161 = getelementptr i8, ptr %invariant.gep445, i64 %123
  %162 = getelementptr i8, ptr %invariant.gep445, i64 %125
  %163 = getelementptr i8, ptr %invariant.gep445, i64 %127
  %164 = getelementptr i8, ptr %invariant.gep445, i64 %129
  %165 = getelementptr i8, ptr %invariant.gep445, i64 %131
  %166 = getelementptr i8, ptr %invariant.gep445, i64 %133
  %167 = getelementptr i8, ptr %invariant.gep445, i64 %135
  %gep992 = getelementptr i8, ptr %invariant.gep991, i64 %136
  %gep994 = getelementptr i8, ptr %invariant.gep993, i64 %137
  %gep996 = getelementptr i8, ptr %invariant.gep995, i64 %138
  %gep998 = getelementptr i8, ptr %invariant.gep997, i64 %139
  %gep1000 = getelementptr i8, ptr %invariant.gep999, i64 %140
  %gep1002 = getelementptr i8, ptr %invariant.gep1001, i64 %141
  %gep1004 = getelementptr i8, ptr %invariant.gep1003, i64 %142
  %gep1006 = getelementptr i8, ptr %invariant.gep1005, i64 %143
  %gep1008 = getelementptr i8, ptr %invariant.gep1007, i64 %144
  %gep1010 = getelementptr i8, ptr %invariant.gep1009, i64 %145
  %gep1012 = getelementptr i8, ptr %invariant.gep1011, i64 %146
  %gep1014 = getelementptr i8, ptr %invariant.gep1013, i64 %147
  %gep1016 = getelementptr i8, ptr %invariant.gep1015, i64 %148
  %gep1018 = getelementptr i8, ptr %invariant.gep1017, i64 %149
  %gep1020 = getelementptr i8, ptr %invariant.gep1019, i64 %150
  %gep1022 = getelementptr i8, ptr %invariant.gep1021, i64 %151
  %gep1024 = getelementptr i8, ptr %invariant.gep1023, i64 %152
  %gep1026 = getelementptr i8, ptr %invariant.gep1025, i64 %153
  %gep1028 = getelementptr i8, ptr %invariant.gep1027, i64 %154
  %gep1030 = getelementptr i8, ptr %invariant.gep1029, i64 %155
  %gep1032 = getelementptr i8, ptr %invariant.gep1031, i64 %156
  %gep1034 = getelementptr i8, ptr %invariant.gep1033, i64 %157
  %gep1036 = getelementptr i8, ptr %invariant.gep1035, i64 %158
  %gep1038 = getelementptr i8, ptr %invariant.gep1037, i64 %159
  %gep1040 = getelementptr i8, ptr %invariant.gep1039, i64 %160
  %168 = load float, ptr %161, align 4
  %169 = load float, ptr %162, align 4
  %170 = load float, ptr %163, align 4
  %171 = load float, ptr %164, align 4
  %172 = load float, ptr %165, align 4
  %173 = load float, ptr %166, align 4
  %174 = load float, ptr %167, align 4
  %175 = load float, ptr %gep992, align 4
  %176 = insertelement <8 x float> poison, float %168, i64 0
  %177 = insertelement <8 x float> %176, float %169, i64 1
  %178 = insertelement <8 x float> %177, float %170, i64 2
  %179 = insertelement <8 x float> %178, float %171, i64 3
  %180 = insertelement <8 x float> %179, float %172, i64 4
  %181 = insertelement <8 x float> %180, float %173, i64 5
  %182 = insertelement <8 x float> %181, float %174, i64 6
  %183 = insertelement <8 x float> %182, float %175, i64 7
  %184 = load float, ptr %gep994, align 4
  %185 = load float, ptr %gep996, align 4
  %186 = load float, ptr %gep998, align 4
  %187 = load float, ptr %gep1000, align 4
  %188 = load float, ptr %gep1002, align 4
  %189 = load float, ptr %gep1004, align 4
  %190 = load float, ptr %gep1006, align 4
  %191 = load float, ptr %gep1008, align 4
  %192 = insertelement <8 x float> poison, float %184, i64 0
  %193 = insertelement <8 x float> %192, float %185, i64 1
  %194 = insertelement <8 x float> %193, float %186, i64 2
  %195 = insertelement <8 x float> %194, float %187, i64 3
  %196 = insertelement <8 x float> %195, float %188, i64 4
  %197 = insertelement <8 x float> %196, float %189, i64 5
  %198 = insertelement <8 x float> %197, float %190, i64 6
  %199 = insertelement <8 x float> %198, float %191, i64 7
  %200 = load float, ptr %gep1010, align 4
  %201 = load float, ptr %gep1012, align 4
  %202 = load float, ptr %gep1014, align 4
  %203 = load float, ptr %gep1016, align 4
  %204 = load float, ptr %gep1018, align 4
  %205 = load float, ptr %gep1020, align 4
  %206 = load float, ptr %gep1022, align 4
  %207 = load float, ptr %gep1024, align 4
  %208 = insertelement <8 x float> poison, float %200, i64 0
  %209 = insertelement <8 x float> %208, float %201, i64 1
  %210 = insertelement <8 x float> %209, float %202, i64 2
  %211 = insertelement <8 x float> %210, float %203, i64 3
  %212 = insertelement <8 x float> %211, float %204, i64 4
  %213 = insertelement <8 x float> %212, float %205, i64 5
  %214 = insertelement <8 x float> %213, float %206, i64 6
  %215 = insertelement <8 x float> %214, float %207, i64 7
  %216 = load float, ptr %gep1026, align 4
  %217 = load float, ptr %gep1028, align 4
  %218 = load float, ptr %gep1030, align 4
  %219 = load float, ptr %gep1032, align 4
  %220 = load float, ptr %gep1034, align 4
  %221 = load float, ptr %gep1036, align 4
  %222 = load float, ptr %gep1038, align 4
  %223 = load float, ptr %gep1040, align 4
  %224 = insertelement <8 x float> poison, float %216, i64 0
  %225 = insertelement <8 x float> %224, float %217, i64 1
  %226 = insertelement <8 x float> %225, float %218, i64 2
  %227 = insertelement <8 x float> %226, float %219, i64 3
  %228 = insertelement <8 x float> %227, float %220, i64 4
  %229 = insertelement <8 x float> %228, float %221, i64 5
  %230 = insertelement <8 x float> %229, float %222, i64 6
  %231 = insertelement <8 x float> %230, float %223, i64 7
  %232 = fsub <8 x float> %183, %broadcast.splat
  %233 = fsub <8 x float> %199, %broadcast.splat
  %234 = fsub <8 x float> %215, %broadcast.splat
  %235 = fsub <8 x float> %231, %broadcast.splat
  %236 = fmul <8 x float> %232, %232
  %237 = fmul <8 x float> %233, %233
  %238 = fmul <8 x float> %234, %234
  %239 = fmul <8 x float> %235, %235
  %240 = fadd reassoc <8 x float> %vec.phi, %236
  %241 = fadd reassoc <8 x float> %vec.phi712, %237
  %242 = fadd reassoc <8 x float> %vec.phi713, %238
  %243 = fadd reassoc <8 x float> %vec.phi714, %239
  %index.next = add nuw i64 %index, 32
  %244 = icmp eq i64 %index.next, %n.vec
  br i1 %244, label %middle.block, label %vector.body, !llvm.loop !4

middle.block:                                     ; preds = %vector.body
  %bin.rdx = fadd reassoc <8 x float> %241, %240
  %bin.rdx715 = fadd reassoc <8 x float> %242, %bin.rdx
  %bin.rdx716 = fadd reassoc <8 x float> %243, %bin.rdx715
  %245 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx716)
  br i1 %cmp.n, label %img.end8, label %px.cond12.preheader.preheader

px.cond12.preheader.preheader:                    ; preds = %middle.block, %px.cond12.preheader.lr.ph
  %sq.0449.ph = phi float [ 0.000000e+00, %px.cond12.preheader.lr.ph ], [ %245, %middle.block ]
  %img4.0448.ph = phi i64 [ 0, %px.cond12.preheader.lr.ph ], [ %n.vec, %middle.block ]
  br label %px.cond12.preheader

px.cond12.preheader:                              ; preds = %px.cond12.preheader.preheader, %px.cond12.preheader
  %sq.0449 = phi float [ %249, %px.cond12.preheader ], [ %sq.0449.ph, %px.cond12.preheader.preheader ]
  %img4.0448 = phi i64 [ %250, %px.cond12.preheader ], [ %img4.0448.ph, %px.cond12.preheader.preheader ]
  %.idx417 = mul i64 %img4.0448, 20
  %gep446 = getelementptr i8, ptr %invariant.gep445, i64 %.idx417
  %246 = load float, ptr %gep446, align 4
  %247 = fsub float %246, %122
  %248 = fmul float %247, %247
  %249 = fadd reassoc float %sq.0449, %248
  %250 = add nuw nsw i64 %img4.0448, 1
  %exitcond571.not = icmp eq i64 %250, %n
  br i1 %exitcond571.not, label %img.end8, label %px.cond12.preheader, !llvm.loop !5

img.end8:                                         ; preds = %px.cond12.preheader, %middle.block, %img.cond.preheader
  %251 = phi float [ %3, %img.cond.preheader ], [ %122, %middle.block ], [ %122, %px.cond12.preheader ]
  %sq.0.lcssa = phi float [ 0.000000e+00, %img.cond.preheader ], [ %245, %middle.block ], [ %249, %px.cond12.preheader ]
  %252 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch.0451
  store float %251, ptr %252, align 4
  %253 = getelementptr inbounds i8, ptr %252, i64 20
  %254 = fdiv float %sq.0.lcssa, %0
  %255 = fadd float %254, 0x3EE4F8B580000000
  %256 = tail call float @llvm.sqrt.f32(float %255)
  %257 = fdiv float 1.000000e+00, %256
  store float %257, ptr %253, align 4
  br i1 %1, label %if.end, label %if.end.thread

if.end:                                           ; preds = %img.end8
  %258 = getelementptr inbounds float, ptr %h_1_running_mean, i64 %ch.0451
  %259 = load float, ptr %258, align 4
  %260 = fmul float %259, 0x3FECCCCCC0000000
  %261 = fmul float %251, 0x3FB99999A0000000
  %262 = fadd float %261, %260
  store float %262, ptr %258, align 4
  %263 = getelementptr inbounds float, ptr %h_1_running_var, i64 %ch.0451
  %264 = load float, ptr %263, align 4
  %265 = fmul float %264, 0x3FECCCCCC0000000
  %266 = fdiv float %sq.0.lcssa, %2
  %267 = fmul float %266, 0x3FB99999A0000000
  %268 = fadd float %267, %265
  store float %268, ptr %263, align 4
  %269 = add nuw nsw i64 %ch.0451, 1
  %exitcond572.not = icmp eq i64 %269, 5
  br i1 %exitcond572.not, label %if.end18.thread, label %img.cond.preheader.backedge

img.cond.preheader.backedge:                      ; preds = %if.end, %if.end.thread
  %ch.0451.be = phi i64 [ %269, %if.end ], [ %270, %if.end.thread ]
  br label %img.cond.preheader

if.end.thread:                                    ; preds = %img.end8
  %270 = add nuw nsw i64 %ch.0451, 1
  %exitcond572.not603 = icmp eq i64 %270, 5
  br i1 %exitcond572.not603, label %if.end18, label %img.cond.preheader.backedge

if.end18.thread:                                  ; preds = %if.end
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_1_bias = getelementptr inbounds i8, ptr %ws, i64 1216
  %d_h_2_bias = getelementptr inbounds i8, ptr %ws, i64 1408
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1536
  %h = getelementptr inbounds i8, ptr %ws, i64 1728
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1984
  %loss = getelementptr inbounds i8, ptr %ws, i64 2240
  %h_1_num_batches_tracked = getelementptr inbounds i8, ptr %ws, i64 1088
  %271 = load float, ptr %h_1_num_batches_tracked, align 64
  %272 = fadd float %271, 1.000000e+00
  store float %272, ptr %h_1_num_batches_tracked, align 64
  br label %ch.cond.preheader.i.preheader

if.end18:                                         ; preds = %if.end.thread
  %y_bias605 = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_1_bias606 = getelementptr inbounds i8, ptr %ws, i64 1216
  %d_h_2_bias607 = getelementptr inbounds i8, ptr %ws, i64 1408
  %d_y_bias608 = getelementptr inbounds i8, ptr %ws, i64 1536
  %h609 = getelementptr inbounds i8, ptr %ws, i64 1728
  %d_y_pre610 = getelementptr inbounds i8, ptr %ws, i64 1984
  %loss611 = getelementptr inbounds i8, ptr %ws, i64 2240
  br i1 %.not, label %j.end.i, label %ch.cond.preheader.i.preheader

ch.cond.preheader.i.preheader:                    ; preds = %if.end18.thread, %if.end18
  %y_bias613641 = phi ptr [ %y_bias, %if.end18.thread ], [ %y_bias605, %if.end18 ]
  %d_h_1_bias614639 = phi ptr [ %d_h_1_bias, %if.end18.thread ], [ %d_h_1_bias606, %if.end18 ]
  %d_h_2_bias615637 = phi ptr [ %d_h_2_bias, %if.end18.thread ], [ %d_h_2_bias607, %if.end18 ]
  %d_y_bias616635 = phi ptr [ %d_y_bias, %if.end18.thread ], [ %d_y_bias608, %if.end18 ]
  %h617633 = phi ptr [ %h, %if.end18.thread ], [ %h609, %if.end18 ]
  %d_y_pre618631 = phi ptr [ %d_y_pre, %if.end18.thread ], [ %d_y_pre610, %if.end18 ]
  %loss619629 = phi ptr [ %loss, %if.end18.thread ], [ %loss611, %if.end18 ]
  %h_1_bias612643 = getelementptr inbounds i8, ptr %ws, i64 64
  %273 = getelementptr inbounds i8, ptr %ws, i64 1728
  br label %ch.cond.preheader.i

ch.cond.preheader.i:                              ; preds = %ch.cond.preheader.i.preheader, %ch.end.i
  %img.022.i = phi i64 [ %294, %ch.end.i ], [ 0, %ch.cond.preheader.i.preheader ]
  %274 = mul nuw nsw i64 %img.022.i, 5
  br label %ch.body.i

ch.body.i:                                        ; preds = %ch.body.i, %ch.cond.preheader.i
  %ch.021.i = phi i64 [ 0, %ch.cond.preheader.i ], [ %293, %ch.body.i ]
  %275 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch.021.i
  %276 = load float, ptr %275, align 4
  %277 = getelementptr inbounds i8, ptr %275, i64 20
  %278 = load float, ptr %277, align 4
  %279 = getelementptr inbounds float, ptr %ws, i64 %ch.021.i
  %280 = load float, ptr %279, align 4
  %281 = fmul float %278, %280
  %282 = getelementptr inbounds float, ptr %h_1_bias612643, i64 %ch.021.i
  %283 = load float, ptr %282, align 4
  %284 = add nuw nsw i64 %ch.021.i, %274
  %285 = getelementptr inbounds float, ptr %273, i64 %284
  %286 = getelementptr inbounds float, ptr %h_2, i64 %284
  %287 = load float, ptr %286, align 4
  %288 = fsub float %287, %276
  %289 = fmul float %281, %288
  %290 = fadd float %283, %289
  %291 = fcmp olt float %290, 0.000000e+00
  %292 = select i1 %291, float 0.000000e+00, float %290
  store float %292, ptr %285, align 4
  %293 = add nuw nsw i64 %ch.021.i, 1
  %exitcond.not.i = icmp eq i64 %293, 5
  br i1 %exitcond.not.i, label %ch.end.i, label %ch.body.i

ch.end.i:                                         ; preds = %ch.body.i
  %294 = add nuw nsw i64 %img.022.i, 1
  %exitcond23.not.i = icmp eq i64 %294, %n
  br i1 %exitcond23.not.i, label %bn_vector_bn_apply_Bx5_relu.exit, label %ch.cond.preheader.i

bn_vector_bn_apply_Bx5_relu.exit:                 ; preds = %ch.end.i
  %295 = and i64 %n, -4
  %.not.i419 = icmp eq i64 %295, 0
  br i1 %.not.i419, label %j.end.i, label %i0.cond.preheader.us.i.preheader

i0.cond.preheader.us.i.preheader:                 ; preds = %bn_vector_bn_apply_Bx5_relu.exit
  %296 = getelementptr inbounds i8, ptr %ws, i64 384
  %297 = getelementptr inbounds i8, ptr %ws, i64 1728
  br label %i0.cond.preheader.us.i

i0.cond.preheader.us.i:                           ; preds = %i0.cond.preheader.us.i.preheader, %i0.cond.i0.end_crit_edge.us.i
  %j.085.us.i = phi i64 [ %338, %i0.cond.i0.end_crit_edge.us.i ], [ 0, %i0.cond.preheader.us.i.preheader ]
  %invariant.gep.us.i = getelementptr float, ptr %y_pre, i64 %j.085.us.i
  %.idx78.us.i = mul nuw nsw i64 %j.085.us.i, 20
  %298 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx78.us.i
  %299 = getelementptr inbounds float, ptr %296, i64 %j.085.us.i
  br label %k.cond.preheader.us.i

k.end.us.i:                                       ; preds = %k.body.us.i
  %300 = load float, ptr %299, align 4
  %301 = fadd float %329, %300
  %302 = mul nuw nsw i64 %i0.084.us.i, 3
  %303 = or disjoint i64 %302, %j.085.us.i
  %304 = getelementptr inbounds float, ptr %y_pre, i64 %303
  store float %301, ptr %304, align 4
  %305 = load float, ptr %299, align 4
  %306 = fadd float %330, %305
  %307 = or disjoint i64 %302, 3
  %gep.us.i = getelementptr float, ptr %invariant.gep.us.i, i64 %307
  store float %306, ptr %gep.us.i, align 4
  %308 = load float, ptr %299, align 4
  %309 = fadd float %331, %308
  %.idx72.us.i = mul i64 %i0.084.us.i, 12
  %310 = getelementptr i8, ptr %y_pre, i64 %.idx72.us.i
  %311 = getelementptr i8, ptr %310, i64 24
  %312 = getelementptr float, ptr %311, i64 %j.085.us.i
  store float %309, ptr %312, align 4
  %313 = load float, ptr %299, align 4
  %314 = fadd float %332, %313
  %315 = getelementptr i8, ptr %310, i64 36
  %316 = getelementptr float, ptr %315, i64 %j.085.us.i
  store float %314, ptr %316, align 4
  %317 = add nuw nsw i64 %i0.084.us.i, 4
  %318 = icmp ult i64 %317, %295
  br i1 %318, label %k.cond.preheader.us.i, label %i0.cond.i0.end_crit_edge.us.i

k.body.us.i:                                      ; preds = %k.cond.preheader.us.i, %k.body.us.i
  %s0_0.083.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %329, %k.body.us.i ]
  %s1_0.082.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %330, %k.body.us.i ]
  %s2_0.081.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %331, %k.body.us.i ]
  %k.080.us.i = phi i64 [ 0, %k.cond.preheader.us.i ], [ %333, %k.body.us.i ]
  %s3_0.079.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %332, %k.body.us.i ]
  %319 = getelementptr inbounds float, ptr %334, i64 %k.080.us.i
  %320 = load float, ptr %319, align 4
  %321 = getelementptr float, ptr %335, i64 %k.080.us.i
  %322 = load float, ptr %321, align 4
  %323 = getelementptr float, ptr %336, i64 %k.080.us.i
  %324 = load float, ptr %323, align 4
  %325 = getelementptr float, ptr %337, i64 %k.080.us.i
  %326 = load float, ptr %325, align 4
  %327 = getelementptr inbounds float, ptr %298, i64 %k.080.us.i
  %328 = load float, ptr %327, align 4
  %329 = tail call float @llvm.fmuladd.f32(float %320, float %328, float %s0_0.083.us.i)
  %330 = tail call float @llvm.fmuladd.f32(float %322, float %328, float %s1_0.082.us.i)
  %331 = tail call float @llvm.fmuladd.f32(float %324, float %328, float %s2_0.081.us.i)
  %332 = tail call float @llvm.fmuladd.f32(float %326, float %328, float %s3_0.079.us.i)
  %333 = add nuw nsw i64 %k.080.us.i, 1
  %exitcond.not.i420 = icmp eq i64 %333, 5
  br i1 %exitcond.not.i420, label %k.end.us.i, label %k.body.us.i

k.cond.preheader.us.i:                            ; preds = %k.end.us.i, %i0.cond.preheader.us.i
  %i0.084.us.i = phi i64 [ 0, %i0.cond.preheader.us.i ], [ %317, %k.end.us.i ]
  %.idx74.us.i = mul i64 %i0.084.us.i, 20
  %334 = getelementptr inbounds i8, ptr %297, i64 %.idx74.us.i
  %335 = getelementptr i8, ptr %334, i64 20
  %336 = getelementptr i8, ptr %334, i64 40
  %337 = getelementptr i8, ptr %334, i64 60
  br label %k.body.us.i

i0.cond.i0.end_crit_edge.us.i:                    ; preds = %k.end.us.i
  %338 = add nuw nsw i64 %j.085.us.i, 1
  %exitcond96.not.i = icmp eq i64 %338, 3
  br i1 %exitcond96.not.i, label %j.end.i, label %i0.cond.preheader.us.i

j.end.i:                                          ; preds = %i0.cond.i0.end_crit_edge.us.i, %if.end18, %bn_vector_bn_apply_Bx5_relu.exit
  %y_bias613642 = phi ptr [ %y_bias613641, %bn_vector_bn_apply_Bx5_relu.exit ], [ %y_bias605, %if.end18 ], [ %y_bias613641, %i0.cond.i0.end_crit_edge.us.i ]
  %d_h_1_bias614640 = phi ptr [ %d_h_1_bias614639, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_h_1_bias606, %if.end18 ], [ %d_h_1_bias614639, %i0.cond.i0.end_crit_edge.us.i ]
  %d_h_2_bias615638 = phi ptr [ %d_h_2_bias615637, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_h_2_bias607, %if.end18 ], [ %d_h_2_bias615637, %i0.cond.i0.end_crit_edge.us.i ]
  %d_y_bias616636 = phi ptr [ %d_y_bias616635, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_y_bias608, %if.end18 ], [ %d_y_bias616635, %i0.cond.i0.end_crit_edge.us.i ]
  %h617634 = phi ptr [ %h617633, %bn_vector_bn_apply_Bx5_relu.exit ], [ %h609, %if.end18 ], [ %h617633, %i0.cond.i0.end_crit_edge.us.i ]
  %d_y_pre618632 = phi ptr [ %d_y_pre618631, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_y_pre610, %if.end18 ], [ %d_y_pre618631, %i0.cond.i0.end_crit_edge.us.i ]
  %loss619630 = phi ptr [ %loss619629, %bn_vector_bn_apply_Bx5_relu.exit ], [ %loss611, %if.end18 ], [ %loss619629, %i0.cond.i0.end_crit_edge.us.i ]
  %339 = phi i64 [ 0, %bn_vector_bn_apply_Bx5_relu.exit ], [ 0, %if.end18 ], [ %295, %i0.cond.i0.end_crit_edge.us.i ]
  %d_y_pre618632776 = ptrtoint ptr %d_y_pre618632 to i64
  %h617634777 = ptrtoint ptr %h617634 to i64
  %.not90.i = icmp eq i64 %339, %n
  br i1 %.not90.i, label %bn_vector_matmul_Bx3.exit, label %j.cond6.preheader.i

j.cond6.preheader.i:                              ; preds = %j.end.i, %j.end9.i
  %i.089.i = phi i64 [ %343, %j.end9.i ], [ %339, %j.end.i ]
  %.idx70.i = mul i64 %i.089.i, 20
  %340 = getelementptr i8, ptr %h617634, i64 %.idx70.i
  %.idx.i = mul i64 %i.089.i, 12
  %341 = getelementptr i8, ptr %y_pre, i64 %.idx.i
  br label %k.cond13.preheader.i

k.cond13.preheader.i:                             ; preds = %k.end16.i, %j.cond6.preheader.i
  %j5.088.i = phi i64 [ 0, %j.cond6.preheader.i ], [ %355, %k.end16.i ]
  %.idx71.i = mul nuw nsw i64 %j5.088.i, 20
  %342 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx71.i
  br label %k.body14.i

j.end9.i:                                         ; preds = %k.end16.i
  %343 = add nuw nsw i64 %i.089.i, 1
  %344 = icmp ult i64 %343, %n
  br i1 %344, label %j.cond6.preheader.i, label %bn_vector_matmul_Bx3.exit

k.body14.i:                                       ; preds = %k.body14.i, %k.cond13.preheader.i
  %k12.087.i = phi i64 [ 0, %k.cond13.preheader.i ], [ %350, %k.body14.i ]
  %s0_011.086.i = phi float [ 0.000000e+00, %k.cond13.preheader.i ], [ %349, %k.body14.i ]
  %345 = getelementptr float, ptr %340, i64 %k12.087.i
  %346 = load float, ptr %345, align 4
  %347 = getelementptr inbounds float, ptr %342, i64 %k12.087.i
  %348 = load float, ptr %347, align 4
  %349 = tail call float @llvm.fmuladd.f32(float %346, float %348, float %s0_011.086.i)
  %350 = add nuw nsw i64 %k12.087.i, 1
  %exitcond97.not.i = icmp eq i64 %350, 5
  br i1 %exitcond97.not.i, label %k.end16.i, label %k.body14.i

k.end16.i:                                        ; preds = %k.body14.i
  %351 = getelementptr inbounds float, ptr %y_bias613642, i64 %j5.088.i
  %352 = load float, ptr %351, align 4
  %353 = fadd float %349, %352
  %354 = getelementptr float, ptr %341, i64 %j5.088.i
  store float %353, ptr %354, align 4
  %355 = add nuw nsw i64 %j5.088.i, 1
  %exitcond98.not.i = icmp eq i64 %355, 3
  br i1 %exitcond98.not.i, label %j.end9.i, label %k.cond13.preheader.i

bn_vector_matmul_Bx3.exit:                        ; preds = %j.end9.i, %j.end.i
  br i1 %.not, label %i.end25.thread, label %i.body.i

i.end25.thread:                                   ; preds = %bn_vector_matmul_Bx3.exit
  store float 0.000000e+00, ptr %correct, align 4
  %356 = fdiv float 0.000000e+00, %0
  store float %356, ptr %loss619630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(12) %d_y_bias616636, i8 0, i64 12, i1 false)
  br label %j.cond59.preheader

i.body.i:                                         ; preds = %bn_vector_matmul_Bx3.exit, %j.cond10.preheader.i
  %i.039.i = phi i64 [ %366, %j.cond10.preheader.i ], [ 0, %bn_vector_matmul_Bx3.exit ]
  %357 = mul nuw nsw i64 %i.039.i, 3
  %358 = getelementptr inbounds float, ptr %y_pre, i64 %357
  %359 = load float, ptr %358, align 4
  br label %j.body.i

j.body.i:                                         ; preds = %j.body.i, %i.body.i
  %j.035.i = phi i64 [ 0, %i.body.i ], [ %363, %j.body.i ]
  %mx.034.i = phi float [ %359, %i.body.i ], [ %362, %j.body.i ]
  %360 = getelementptr inbounds float, ptr %358, i64 %j.035.i
  %361 = load float, ptr %360, align 4
  %362 = tail call float @llvm.maxnum.f32(float %mx.034.i, float %361)
  %363 = add nuw nsw i64 %j.035.i, 1
  %exitcond.not.i422 = icmp eq i64 %363, 3
  br i1 %exitcond.not.i422, label %j.body5.i, label %j.body.i

j.cond10.preheader.i:                             ; preds = %j.body5.i
  %364 = getelementptr inbounds float, ptr %y, i64 %357
  %broadcast.splatinsert744 = insertelement <4 x float> poison, float %373, i64 0
  %broadcast.splat745 = shufflevector <4 x float> %broadcast.splatinsert744, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr nonnull %364, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %365 = fdiv <4 x float> %wide.masked.load, %broadcast.splat745
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %365, ptr %364, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %366 = add nuw nsw i64 %i.039.i, 1
  %exitcond43.not.i = icmp eq i64 %366, %n
  br i1 %exitcond43.not.i, label %i.body, label %i.body.i

j.body5.i:                                        ; preds = %j.body.i, %j.body5.i
  %j3.037.i = phi i64 [ %374, %j.body5.i ], [ 0, %j.body.i ]
  %sum.036.i = phi float [ %373, %j.body5.i ], [ 0.000000e+00, %j.body.i ]
  %367 = add nuw nsw i64 %j3.037.i, %357
  %368 = getelementptr inbounds float, ptr %y, i64 %367
  %369 = getelementptr inbounds float, ptr %y_pre, i64 %367
  %370 = load float, ptr %369, align 4
  %371 = fsub float %370, %362
  %372 = tail call float @llvm.exp.f32(float %371)
  store float %372, ptr %368, align 4
  %373 = fadd reassoc float %sum.036.i, %372
  %374 = add nuw nsw i64 %j3.037.i, 1
  %exitcond41.not.i = icmp eq i64 %374, 3
  br i1 %exitcond41.not.i, label %j.cond10.preheader.i, label %j.body5.i

i.body:                                           ; preds = %j.cond10.preheader.i, %j.end
  %hits.0456 = phi float [ %412, %j.end ], [ 0.000000e+00, %j.cond10.preheader.i ]
  %i.0455 = phi i64 [ %413, %j.end ], [ 0, %j.cond10.preheader.i ]
  %.idx431 = mul i64 %i.0455, 12
  %375 = getelementptr inbounds i8, ptr %y, i64 %.idx431
  %376 = load float, ptr %375, align 4
  br label %j.body

i.body.i424.preheader:                            ; preds = %j.end
  store float %412, ptr %correct, align 4
  br label %i.body.i424

i.body.i424:                                      ; preds = %i.body.i424.preheader, %j.end7.i
  %acc.028.i = phi float [ %397, %j.end7.i ], [ 0.000000e+00, %i.body.i424.preheader ]
  %i.027.i = phi i64 [ %398, %j.end7.i ], [ 0, %i.body.i424.preheader ]
  %.idx.i425 = mul i64 %i.027.i, 12
  %377 = getelementptr inbounds i8, ptr %y_pre, i64 %.idx.i425
  %378 = load float, ptr %377, align 4
  br label %j.body.i426

j.body.i426:                                      ; preds = %j.body.i426, %i.body.i424
  %j.024.i = phi i64 [ 0, %i.body.i424 ], [ %382, %j.body.i426 ]
  %mx.023.i = phi float [ %378, %i.body.i424 ], [ %381, %j.body.i426 ]
  %379 = getelementptr inbounds float, ptr %377, i64 %j.024.i
  %380 = load float, ptr %379, align 4
  %381 = tail call float @llvm.maxnum.f32(float %mx.023.i, float %380)
  %382 = add nuw nsw i64 %j.024.i, 1
  %exitcond.not.i427 = icmp eq i64 %382, 3
  br i1 %exitcond.not.i427, label %j.body5.i429, label %j.body.i426

j.body5.i429:                                     ; preds = %j.body.i426, %j.body5.i429
  %j3.026.i = phi i64 [ %388, %j.body5.i429 ], [ 0, %j.body.i426 ]
  %sum.025.i = phi float [ %387, %j.body5.i429 ], [ 0.000000e+00, %j.body.i426 ]
  %383 = getelementptr inbounds float, ptr %377, i64 %j3.026.i
  %384 = load float, ptr %383, align 4
  %385 = fsub float %384, %381
  %386 = tail call float @llvm.exp.f32(float %385)
  %387 = fadd reassoc float %sum.025.i, %386
  %388 = add nuw nsw i64 %j3.026.i, 1
  %exitcond31.not.i = icmp eq i64 %388, 3
  br i1 %exitcond31.not.i, label %j.end7.i, label %j.body5.i429

j.end7.i:                                         ; preds = %j.body5.i429
  %389 = getelementptr inbounds float, ptr %target, i64 %i.027.i
  %390 = load float, ptr %389, align 4
  %391 = fptoui float %390 to i64
  %392 = tail call float @llvm.log.f32(float %387)
  %393 = fadd float %381, %392
  %394 = getelementptr float, ptr %377, i64 %391
  %395 = load float, ptr %394, align 4
  %396 = fsub float %393, %395
  %397 = fadd reassoc float %acc.028.i, %396
  %398 = add nuw nsw i64 %i.027.i, 1
  %exitcond32.not.i = icmp eq i64 %398, %n
  br i1 %exitcond32.not.i, label %i.body23.preheader, label %i.body.i424

i.body23.preheader:                               ; preds = %j.end7.i
  %399 = fdiv float %397, %0
  store float %399, ptr %loss619630, align 4
  %400 = fdiv float 1.000000e+00, %0
  %broadcast.splatinsert758 = insertelement <4 x float> poison, float %400, i64 0
  %broadcast.splat759 = shufflevector <4 x float> %broadcast.splatinsert758, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  br label %i.body23

j.body:                                           ; preds = %i.body, %j.body
  %best.0454 = phi float [ %376, %i.body ], [ %405, %j.body ]
  %arg.0453 = phi i64 [ 0, %i.body ], [ %404, %j.body ]
  %j.0452 = phi i64 [ 0, %i.body ], [ %406, %j.body ]
  %401 = getelementptr inbounds float, ptr %375, i64 %j.0452
  %402 = load float, ptr %401, align 4
  %403 = fcmp ogt float %402, %best.0454
  %404 = select i1 %403, i64 %j.0452, i64 %arg.0453
  %405 = tail call float @llvm.maxnum.f32(float %best.0454, float %402)
  %406 = add nuw nsw i64 %j.0452, 1
  %exitcond573.not = icmp eq i64 %406, 3
  br i1 %exitcond573.not, label %j.end, label %j.body

j.end:                                            ; preds = %j.body
  %407 = getelementptr inbounds float, ptr %target, i64 %i.0455
  %408 = load float, ptr %407, align 4
  %409 = fptoui float %408 to i64
  %410 = icmp eq i64 %404, %409
  %411 = select i1 %410, float 1.000000e+00, float 0.000000e+00
  %412 = fadd reassoc float %hits.0456, %411
  %413 = add nuw nsw i64 %i.0455, 1
  %exitcond574.not = icmp eq i64 %413, %n
  br i1 %exitcond574.not, label %i.body.i424.preheader, label %i.body

i.body23:                                         ; preds = %i.body23.preheader, %j.end38
  %i21.0463 = phi i64 [ %438, %j.end38 ], [ 0, %i.body23.preheader ]
  %414 = mul nuw nsw i64 %i21.0463, 3
  %415 = getelementptr inbounds float, ptr %y_pre, i64 %414
  %416 = load float, ptr %415, align 4
  br label %j.body29

j.cond53.preheader.preheader:                     ; preds = %j.end38
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(12) %d_y_bias616636, i8 0, i64 12, i1 false)
  br label %j.cond53.preheader

j.body29:                                         ; preds = %i.body23, %j.body29
  %mx.0459 = phi float [ %416, %i.body23 ], [ %419, %j.body29 ]
  %j27.0458 = phi i64 [ 0, %i.body23 ], [ %420, %j.body29 ]
  %417 = getelementptr inbounds float, ptr %415, i64 %j27.0458
  %418 = load float, ptr %417, align 4
  %419 = tail call float @llvm.maxnum.f32(float %mx.0459, float %418)
  %420 = add nuw nsw i64 %j27.0458, 1
  %exitcond575.not = icmp eq i64 %420, 3
  br i1 %exitcond575.not, label %j.body36, label %j.body29

j.body36:                                         ; preds = %j.body29, %j.body36
  %j34.0461 = phi i64 [ %428, %j.body36 ], [ 0, %j.body29 ]
  %sum33.0460 = phi float [ %427, %j.body36 ], [ 0.000000e+00, %j.body29 ]
  %421 = add nuw nsw i64 %j34.0461, %414
  %422 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %421
  %423 = getelementptr inbounds float, ptr %y_pre, i64 %421
  %424 = load float, ptr %423, align 4
  %425 = fsub float %424, %419
  %426 = tail call float @llvm.exp.f32(float %425)
  store float %426, ptr %422, align 4
  %427 = fadd reassoc float %sum33.0460, %426
  %428 = add nuw nsw i64 %j34.0461, 1
  %exitcond576.not = icmp eq i64 %428, 3
  br i1 %exitcond576.not, label %j.end38, label %j.body36

j.end38:                                          ; preds = %j.body36
  %429 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %414
  %430 = getelementptr inbounds float, ptr %target, i64 %i21.0463
  %431 = load float, ptr %430, align 4
  %432 = fptoui float %431 to i64
  %broadcast.splatinsert754 = insertelement <4 x float> poison, float %427, i64 0
  %broadcast.splat755 = shufflevector <4 x float> %broadcast.splatinsert754, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert756 = insertelement <4 x i64> poison, i64 %432, i64 0
  %broadcast.splat757 = shufflevector <4 x i64> %broadcast.splatinsert756, <4 x i64> poison, <4 x i32> zeroinitializer
  %wide.masked.load753 = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %429, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %433 = fdiv <4 x float> %wide.masked.load753, %broadcast.splat755
  %434 = icmp eq <4 x i64> %broadcast.splat757, <i64 0, i64 1, i64 2, i64 3>
  %435 = select <4 x i1> %434, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float poison>, <4 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float poison>
  %436 = fsub <4 x float> %433, %435
  %437 = fmul <4 x float> %broadcast.splat759, %436
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %437, ptr %429, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %438 = add nuw nsw i64 %i21.0463, 1
  %exitcond578.not = icmp eq i64 %438, %n
  br i1 %exitcond578.not, label %j.cond53.preheader.preheader, label %i.body23

j.cond53.preheader:                               ; preds = %j.cond53.preheader.preheader, %j.end56
  %i46.0465 = phi i64 [ %447, %j.end56 ], [ 0, %j.cond53.preheader.preheader ]
  %.idx416 = mul i64 %i46.0465, 12
  %439 = getelementptr inbounds i8, ptr %d_y_pre618632, i64 %.idx416
  br label %j.body54

j.cond59.preheader:                               ; preds = %j.end56, %i.end25.thread
  %440 = and i64 %n, -8
  %.not532 = icmp eq i64 %440, 0
  %.not533 = icmp eq i64 %440, %n
  %invariant.gep681 = getelementptr i8, ptr %d_y_pre618632, i64 48
  br label %i0.cond.preheader

j.body54:                                         ; preds = %j.cond53.preheader, %j.body54
  %j52.0464 = phi i64 [ 0, %j.cond53.preheader ], [ %446, %j.body54 ]
  %441 = getelementptr inbounds float, ptr %d_y_bias616636, i64 %j52.0464
  %442 = load float, ptr %441, align 4
  %443 = getelementptr inbounds float, ptr %439, i64 %j52.0464
  %444 = load float, ptr %443, align 4
  %445 = fadd float %442, %444
  store float %445, ptr %441, align 4
  %446 = add nuw nsw i64 %j52.0464, 1
  %exitcond579.not = icmp eq i64 %446, 3
  br i1 %exitcond579.not, label %j.end56, label %j.body54

j.end56:                                          ; preds = %j.body54
  %447 = add nuw nsw i64 %i46.0465, 1
  %exitcond580.not = icmp eq i64 %447, %n
  br i1 %exitcond580.not, label %j.cond59.preheader, label %j.cond53.preheader

i0.cond.preheader:                                ; preds = %j.cond59.preheader, %i.end70
  %j58.0488 = phi i64 [ 0, %j.cond59.preheader ], [ %510, %i.end70 ]
  %invariant.gep477 = getelementptr float, ptr %y_pre, i64 %j58.0488
  br i1 %.not532, label %i.cond67.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %invariant.gep466 = getelementptr inbounds float, ptr %y_weight, i64 %j58.0488
  br label %k.cond.preheader

j.cond81.preheader:                               ; preds = %i.end70
  br i1 %.not, label %i.cond87.preheader, label %i.cond87.preheader.us

i.cond87.preheader.us:                            ; preds = %j.cond81.preheader, %i.end90.split.us.us
  %j80.0499.us = phi i64 [ %453, %i.end90.split.us.us ], [ 0, %j.cond81.preheader ]
  %invariant.gep489.us = getelementptr float, ptr %h617634, i64 %j80.0499.us
  %invariant.gep496.us = getelementptr inbounds float, ptr %d_y_weight, i64 %j80.0499.us
  br label %k.cond94.preheader.us.us

k.cond94.preheader.us.us:                         ; preds = %k.cond94.k.end97_crit_edge.us.us, %i.cond87.preheader.us
  %i86.0498.us.us = phi i64 [ 0, %i.cond87.preheader.us ], [ %452, %k.cond94.k.end97_crit_edge.us.us ]
  %invariant.gep491.us.us = getelementptr float, ptr %d_y_pre618632, i64 %i86.0498.us.us
  br label %k.body95.us.us

k.body95.us.us:                                   ; preds = %k.body95.us.us, %k.cond94.preheader.us.us
  %k93.0494.us.us = phi i64 [ 0, %k.cond94.preheader.us.us ], [ %451, %k.body95.us.us ]
  %s092.0493.us.us = phi float [ 0.000000e+00, %k.cond94.preheader.us.us ], [ %450, %k.body95.us.us ]
  %.idx400.us.us = mul i64 %k93.0494.us.us, 20
  %gep490.us.us = getelementptr i8, ptr %invariant.gep489.us, i64 %.idx400.us.us
  %448 = load float, ptr %gep490.us.us, align 4
  %.idx401.us.us = mul i64 %k93.0494.us.us, 12
  %gep492.us.us = getelementptr i8, ptr %invariant.gep491.us.us, i64 %.idx401.us.us
  %449 = load float, ptr %gep492.us.us, align 4
  %450 = tail call float @llvm.fmuladd.f32(float %449, float %448, float %s092.0493.us.us)
  %451 = add nuw nsw i64 %k93.0494.us.us, 1
  %exitcond584.not = icmp eq i64 %451, %n
  br i1 %exitcond584.not, label %k.cond94.k.end97_crit_edge.us.us, label %k.body95.us.us

k.cond94.k.end97_crit_edge.us.us:                 ; preds = %k.body95.us.us
  %.idx399.us.us = mul nuw nsw i64 %i86.0498.us.us, 20
  %gep497.us.us = getelementptr inbounds i8, ptr %invariant.gep496.us, i64 %.idx399.us.us
  store float %450, ptr %gep497.us.us, align 4
  %452 = add nuw nsw i64 %i86.0498.us.us, 1
  %exitcond585.not = icmp eq i64 %452, 3
  br i1 %exitcond585.not, label %i.end90.split.us.us, label %k.cond94.preheader.us.us

i.end90.split.us.us:                              ; preds = %k.cond94.k.end97_crit_edge.us.us
  %453 = add nuw nsw i64 %j80.0499.us, 1
  %exitcond586.not = icmp eq i64 %453, 5
  br i1 %exitcond586.not, label %i.body102.preheader, label %i.cond87.preheader.us

i.cond67.preheader:                               ; preds = %k.end, %i0.cond.preheader
  br i1 %.not533, label %i.end70, label %k.cond74.preheader.lr.ph

k.cond74.preheader.lr.ph:                         ; preds = %i.cond67.preheader
  %invariant.gep481 = getelementptr inbounds float, ptr %y_weight, i64 %j58.0488
  br label %k.cond74.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0479 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %507, %k.end ]
  %454 = mul nuw nsw i64 %i0.0479, 3
  %455 = or disjoint i64 %454, 3
  %456 = getelementptr float, ptr %d_y_pre618632, i64 %455
  %457 = or disjoint i64 %454, 6
  %458 = getelementptr float, ptr %d_y_pre618632, i64 %457
  %.idx412 = mul i64 %i0.0479, 12
  %459 = getelementptr i8, ptr %d_y_pre618632, i64 %.idx412
  %460 = getelementptr i8, ptr %459, i64 36
  %461 = getelementptr i8, ptr %459, i64 60
  %462 = getelementptr i8, ptr %459, i64 72
  %463 = getelementptr i8, ptr %459, i64 84
  %gep682 = getelementptr float, ptr %invariant.gep681, i64 %454
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %k.0476 = phi i64 [ 0, %k.cond.preheader ], [ %489, %k.body ]
  %s7.0475 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %488, %k.body ]
  %s6.0474 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %485, %k.body ]
  %s5.0473 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %482, %k.body ]
  %s4.0472 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %479, %k.body ]
  %s3.0471 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %477, %k.body ]
  %s2.0470 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %474, %k.body ]
  %s1.0469 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %471, %k.body ]
  %s0.0468 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %468, %k.body ]
  %.idx411 = mul nuw nsw i64 %k.0476, 20
  %gep467 = getelementptr inbounds i8, ptr %invariant.gep466, i64 %.idx411
  %464 = load float, ptr %gep467, align 4
  %465 = or disjoint i64 %k.0476, %454
  %466 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %465
  %467 = load float, ptr %466, align 4
  %468 = tail call float @llvm.fmuladd.f32(float %467, float %464, float %s0.0468)
  %469 = getelementptr float, ptr %456, i64 %k.0476
  %470 = load float, ptr %469, align 4
  %471 = tail call float @llvm.fmuladd.f32(float %470, float %464, float %s1.0469)
  %472 = getelementptr float, ptr %458, i64 %k.0476
  %473 = load float, ptr %472, align 4
  %474 = tail call float @llvm.fmuladd.f32(float %473, float %464, float %s2.0470)
  %475 = getelementptr float, ptr %460, i64 %k.0476
  %476 = load float, ptr %475, align 4
  %477 = tail call float @llvm.fmuladd.f32(float %476, float %464, float %s3.0471)
  %gep680 = getelementptr float, ptr %gep682, i64 %k.0476
  %478 = load float, ptr %gep680, align 4
  %479 = tail call float @llvm.fmuladd.f32(float %478, float %464, float %s4.0472)
  %480 = getelementptr float, ptr %461, i64 %k.0476
  %481 = load float, ptr %480, align 4
  %482 = tail call float @llvm.fmuladd.f32(float %481, float %464, float %s5.0473)
  %483 = getelementptr float, ptr %462, i64 %k.0476
  %484 = load float, ptr %483, align 4
  %485 = tail call float @llvm.fmuladd.f32(float %484, float %464, float %s6.0474)
  %486 = getelementptr float, ptr %463, i64 %k.0476
  %487 = load float, ptr %486, align 4
  %488 = tail call float @llvm.fmuladd.f32(float %487, float %464, float %s7.0475)
  %489 = add nuw nsw i64 %k.0476, 1
  %exitcond581.not = icmp eq i64 %489, 3
  br i1 %exitcond581.not, label %k.end, label %k.body

k.end:                                            ; preds = %k.body
  %490 = mul nuw nsw i64 %i0.0479, 5
  %491 = or disjoint i64 %490, %j58.0488
  %492 = getelementptr inbounds float, ptr %y_pre, i64 %491
  store float %468, ptr %492, align 4
  %493 = or disjoint i64 %490, 5
  %gep478 = getelementptr float, ptr %invariant.gep477, i64 %493
  store float %471, ptr %gep478, align 4
  %.idx405 = mul i64 %i0.0479, 20
  %494 = getelementptr i8, ptr %y_pre, i64 %.idx405
  %495 = getelementptr i8, ptr %494, i64 40
  %496 = getelementptr float, ptr %495, i64 %j58.0488
  store float %474, ptr %496, align 4
  %497 = getelementptr i8, ptr %494, i64 60
  %498 = getelementptr float, ptr %497, i64 %j58.0488
  store float %477, ptr %498, align 4
  %499 = getelementptr i8, ptr %494, i64 80
  %500 = getelementptr float, ptr %499, i64 %j58.0488
  store float %479, ptr %500, align 4
  %501 = getelementptr i8, ptr %494, i64 100
  %502 = getelementptr float, ptr %501, i64 %j58.0488
  store float %482, ptr %502, align 4
  %503 = getelementptr i8, ptr %494, i64 120
  %504 = getelementptr float, ptr %503, i64 %j58.0488
  store float %485, ptr %504, align 4
  %505 = getelementptr i8, ptr %494, i64 140
  %506 = getelementptr float, ptr %505, i64 %j58.0488
  store float %488, ptr %506, align 4
  %507 = add nuw nsw i64 %i0.0479, 8
  %508 = icmp ult i64 %507, %440
  br i1 %508, label %k.cond.preheader, label %i.cond67.preheader

k.cond74.preheader:                               ; preds = %k.cond74.preheader.lr.ph, %k.end77
  %i66.0487 = phi i64 [ %440, %k.cond74.preheader.lr.ph ], [ %516, %k.end77 ]
  %.idx404 = mul i64 %i66.0487, 12
  %509 = getelementptr i8, ptr %d_y_pre618632, i64 %.idx404
  br label %k.body75

i.end70:                                          ; preds = %k.end77, %i.cond67.preheader
  %510 = add nuw nsw i64 %j58.0488, 1
  %exitcond583.not = icmp eq i64 %510, 5
  br i1 %exitcond583.not, label %j.cond81.preheader, label %i0.cond.preheader

k.body75:                                         ; preds = %k.cond74.preheader, %k.body75
  %k73.0484 = phi i64 [ 0, %k.cond74.preheader ], [ %515, %k.body75 ]
  %s072.0483 = phi float [ 0.000000e+00, %k.cond74.preheader ], [ %514, %k.body75 ]
  %.idx403 = mul nuw nsw i64 %k73.0484, 20
  %gep482 = getelementptr inbounds i8, ptr %invariant.gep481, i64 %.idx403
  %511 = load float, ptr %gep482, align 4
  %512 = getelementptr float, ptr %509, i64 %k73.0484
  %513 = load float, ptr %512, align 4
  %514 = tail call float @llvm.fmuladd.f32(float %513, float %511, float %s072.0483)
  %515 = add nuw nsw i64 %k73.0484, 1
  %exitcond582.not = icmp eq i64 %515, 3
  br i1 %exitcond582.not, label %k.end77, label %k.body75

k.end77:                                          ; preds = %k.body75
  %.idx402 = mul i64 %i66.0487, 20
  %gep486 = getelementptr i8, ptr %invariant.gep477, i64 %.idx402
  store float %514, ptr %gep486, align 4
  %516 = add nuw nsw i64 %i66.0487, 1
  %517 = icmp ult i64 %516, %n
  br i1 %517, label %k.cond74.preheader, label %i.end70

i.cond87.preheader:                               ; preds = %j.cond81.preheader, %i.cond87.preheader
  %j80.0499 = phi i64 [ %520, %i.cond87.preheader ], [ 0, %j.cond81.preheader ]
  %invariant.gep496 = getelementptr inbounds float, ptr %d_y_weight, i64 %j80.0499
  store float 0.000000e+00, ptr %invariant.gep496, align 4
  %518 = getelementptr inbounds i8, ptr %invariant.gep496, i64 20
  store float 0.000000e+00, ptr %518, align 4
  %519 = getelementptr inbounds i8, ptr %invariant.gep496, i64 40
  store float 0.000000e+00, ptr %519, align 4
  %520 = add nuw nsw i64 %j80.0499, 1
  %exitcond588.not = icmp eq i64 %520, 5
  br i1 %exitcond588.not, label %i.cond101.preheader, label %i.cond87.preheader

i.cond101.preheader:                              ; preds = %i.cond87.preheader
  br i1 %.not, label %ch.body108.preheader, label %i.body102.preheader

i.body102.preheader:                              ; preds = %i.end90.split.us.us, %i.cond101.preheader
  %521 = mul i64 %n, 5
  %umax = tail call i64 @llvm.umax.i64(i64 %521, i64 1)
  %min.iters.check782 = icmp ult i64 %521, 32
  br i1 %min.iters.check782, label %i.body102.preheader862, label %vector.memcheck

vector.memcheck:                                  ; preds = %i.body102.preheader
  %522 = sub i64 %d_y_pre618632776, %h617634777
  %diff.check = icmp ult i64 %522, 128
  %523 = add i64 %d_y_pre618632776, -1856
  %524 = sub i64 %523, %ws778
  %diff.check779 = icmp ult i64 %524, 128
  %conflict.rdx = or i1 %diff.check, %diff.check779
  br i1 %conflict.rdx, label %i.body102.preheader862, label %vector.ph783

vector.ph783:                                     ; preds = %vector.memcheck
  %n.vec785 = and i64 %umax, -32
  br label %vector.body787

vector.body787:                                   ; preds = %vector.body787, %vector.ph783
  %index788 = phi i64 [ 0, %vector.ph783 ], [ %index.next796, %vector.body787 ]
  %525 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %index788
  %526 = getelementptr inbounds float, ptr %h617634, i64 %index788
  %527 = getelementptr inbounds i8, ptr %526, i64 32
  %528 = getelementptr inbounds i8, ptr %526, i64 64
  %529 = getelementptr inbounds i8, ptr %526, i64 96
  %wide.load = load <8 x float>, ptr %526, align 4
  %wide.load789 = load <8 x float>, ptr %527, align 4
  %wide.load790 = load <8 x float>, ptr %528, align 4
  %wide.load791 = load <8 x float>, ptr %529, align 4
  %530 = fcmp ogt <8 x float> %wide.load, zeroinitializer
  %531 = fcmp ogt <8 x float> %wide.load789, zeroinitializer
  %532 = fcmp ogt <8 x float> %wide.load790, zeroinitializer
  %533 = fcmp ogt <8 x float> %wide.load791, zeroinitializer
  %534 = getelementptr inbounds float, ptr %y_pre, i64 %index788
  %535 = getelementptr inbounds i8, ptr %534, i64 32
  %536 = getelementptr inbounds i8, ptr %534, i64 64
  %537 = getelementptr inbounds i8, ptr %534, i64 96
  %wide.load792 = load <8 x float>, ptr %534, align 64
  %wide.load793 = load <8 x float>, ptr %535, align 32
  %wide.load794 = load <8 x float>, ptr %536, align 64
  %wide.load795 = load <8 x float>, ptr %537, align 32
  %538 = select <8 x i1> %530, <8 x float> %wide.load792, <8 x float> zeroinitializer
  %539 = select <8 x i1> %531, <8 x float> %wide.load793, <8 x float> zeroinitializer
  %540 = select <8 x i1> %532, <8 x float> %wide.load794, <8 x float> zeroinitializer
  %541 = select <8 x i1> %533, <8 x float> %wide.load795, <8 x float> zeroinitializer
  %542 = getelementptr inbounds i8, ptr %525, i64 32
  %543 = getelementptr inbounds i8, ptr %525, i64 64
  %544 = getelementptr inbounds i8, ptr %525, i64 96
  store <8 x float> %538, ptr %525, align 4
  store <8 x float> %539, ptr %542, align 4
  store <8 x float> %540, ptr %543, align 4
  store <8 x float> %541, ptr %544, align 4
  %index.next796 = add nuw i64 %index788, 32
  %545 = icmp eq i64 %index.next796, %n.vec785
  br i1 %545, label %middle.block780, label %vector.body787, !llvm.loop !6

middle.block780:                                  ; preds = %vector.body787
  %cmp.n797 = icmp eq i64 %521, %n.vec785
  br i1 %cmp.n797, label %ch.body108.preheader, label %i.body102.preheader862

i.body102.preheader862:                           ; preds = %middle.block780, %vector.memcheck, %i.body102.preheader
  %i100.0500.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body102.preheader ], [ %n.vec785, %middle.block780 ]
  br label %i.body102

i.body102:                                        ; preds = %i.body102.preheader862, %i.body102
  %i100.0500 = phi i64 [ %553, %i.body102 ], [ %i100.0500.ph, %i.body102.preheader862 ]
  %546 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %i100.0500
  %547 = getelementptr inbounds float, ptr %h617634, i64 %i100.0500
  %548 = load float, ptr %547, align 4
  %549 = fcmp ogt float %548, 0.000000e+00
  %550 = getelementptr inbounds float, ptr %y_pre, i64 %i100.0500
  %551 = load float, ptr %550, align 4
  %552 = select i1 %549, float %551, float 0.000000e+00
  store float %552, ptr %546, align 4
  %553 = add nuw nsw i64 %i100.0500, 1
  %exitcond589.not = icmp eq i64 %553, %umax
  br i1 %exitcond589.not, label %ch.body108.preheader, label %i.body102, !llvm.loop !7

ch.body108.preheader:                             ; preds = %i.body102, %middle.block780, %i.cond101.preheader
  %min.iters.check800 = icmp ult i64 %n, 33
  %n.mod.vf802 = and i64 %n, 31
  %554 = icmp eq i64 %n.mod.vf802, 0
  %555 = select i1 %554, i64 32, i64 %n.mod.vf802
  %n.vec803 = sub i64 %n, %555
  br label %ch.body108

ch.body108:                                       ; preds = %ch.body108.preheader, %img.end117
  %ch106.0505 = phi i64 [ %873, %img.end117 ], [ 0, %ch.body108.preheader ]
  %556 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch106.0505
  %557 = load float, ptr %556, align 4
  br i1 %.not, label %img.end117, label %img.body115.preheader

img.body115.preheader:                            ; preds = %ch.body108
  br i1 %min.iters.check800, label %img.body115.preheader856, label %vector.ph801

vector.ph801:                                     ; preds = %img.body115.preheader
  %broadcast.splatinsert811 = insertelement <8 x float> poison, float %557, i64 0
  %broadcast.splat812 = shufflevector <8 x float> %broadcast.splatinsert811, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body805

vector.body805:                                   ; preds = %vector.body805, %vector.ph801
  %index806 = phi i64 [ 0, %vector.ph801 ], [ %index.next813, %vector.body805 ]
  %vec.phi807 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph801 ], [ %853, %vector.body805 ]
  %vec.phi808 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph801 ], [ %854, %vector.body805 ]
  %vec.phi809 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph801 ], [ %855, %vector.body805 ]
  %vec.phi810 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph801 ], [ %856, %vector.body805 ]
  %558 = mul nuw nsw i64 %index806, 5
  %559 = mul nuw i64 %index806, 5
  %560 = or disjoint i64 %559, 5
  %561 = mul nuw i64 %index806, 5
  %562 = or disjoint i64 %561, 10
  %563 = mul nuw i64 %index806, 5
  %564 = or disjoint i64 %563, 15
  %565 = mul nuw i64 %index806, 5
  %566 = or disjoint i64 %565, 20
  %567 = mul nuw i64 %index806, 5
  %568 = or disjoint i64 %567, 25
  %569 = mul nuw i64 %index806, 5
  %570 = or disjoint i64 %569, 30
  %571 = mul nuw i64 %index806, 5
  %572 = add nuw i64 %571, 35
  %573 = mul nuw i64 %index806, 5
  %574 = add nuw i64 %573, 40
  %575 = mul nuw i64 %index806, 5
  %576 = add nuw i64 %575, 45
  %577 = mul nuw i64 %index806, 5
  %578 = add nuw i64 %577, 50
  %579 = mul nuw i64 %index806, 5
  %580 = add nuw i64 %579, 55
  %581 = mul nuw i64 %index806, 5
  %582 = add nuw i64 %581, 60
  %583 = mul nuw i64 %index806, 5
  %584 = add nuw i64 %583, 65
  %585 = mul nuw i64 %index806, 5
  %586 = add nuw i64 %585, 70
  %587 = mul nuw i64 %index806, 5
  %588 = add nuw i64 %587, 75
  %589 = mul nuw i64 %index806, 5
  %590 = add nuw i64 %589, 80
  %591 = mul nuw i64 %index806, 5
  %592 = add nuw i64 %591, 85
  %593 = mul nuw i64 %index806, 5
  %594 = add nuw i64 %593, 90
  %595 = mul nuw i64 %index806, 5
  %596 = add nuw i64 %595, 95
  %597 = mul nuw i64 %index806, 5
  %598 = add nuw i64 %597, 100
  %599 = mul nuw i64 %index806, 5
  %600 = add nuw i64 %599, 105
  %601 = mul nuw i64 %index806, 5
  %602 = add nuw i64 %601, 110
  %603 = mul nuw i64 %index806, 5
  %604 = add nuw i64 %603, 115
  %605 = mul nuw i64 %index806, 5
  %606 = add nuw i64 %605, 120
  %607 = mul nuw i64 %index806, 5
  %608 = add nuw i64 %607, 125
  %609 = mul nuw i64 %index806, 5
  %610 = add nuw i64 %609, 130
  %611 = mul nuw i64 %index806, 5
  %612 = add nuw i64 %611, 135
  %613 = mul nuw i64 %index806, 5
  %614 = add nuw i64 %613, 140
  %615 = mul nuw i64 %index806, 5
  %616 = add nuw i64 %615, 145
  %617 = mul nuw i64 %index806, 5
  %618 = add nuw i64 %617, 150
  %619 = mul nuw i64 %index806, 5
  %620 = add nuw i64 %619, 155
  %621 = add nuw nsw i64 %558, %ch106.0505
  %622 = add nuw nsw i64 %560, %ch106.0505
  %623 = add nuw nsw i64 %562, %ch106.0505
  %624 = add nuw nsw i64 %564, %ch106.0505
  %625 = add nuw nsw i64 %566, %ch106.0505
  %626 = add nuw nsw i64 %568, %ch106.0505
  %627 = add nuw nsw i64 %570, %ch106.0505
  %628 = add nuw nsw i64 %572, %ch106.0505
  %629 = add nuw nsw i64 %574, %ch106.0505
  %630 = add nuw nsw i64 %576, %ch106.0505
  %631 = add nuw nsw i64 %578, %ch106.0505
  %632 = add nuw nsw i64 %580, %ch106.0505
  %633 = add nuw nsw i64 %582, %ch106.0505
  %634 = add nuw nsw i64 %584, %ch106.0505
  %635 = add nuw nsw i64 %586, %ch106.0505
  %636 = add nuw nsw i64 %588, %ch106.0505
  %637 = add nuw nsw i64 %590, %ch106.0505
  %638 = add nuw nsw i64 %592, %ch106.0505
  %639 = add nuw nsw i64 %594, %ch106.0505
  %640 = add nuw nsw i64 %596, %ch106.0505
  %641 = add nuw nsw i64 %598, %ch106.0505
  %642 = add nuw nsw i64 %600, %ch106.0505
  %643 = add nuw nsw i64 %602, %ch106.0505
  %644 = add nuw nsw i64 %604, %ch106.0505
  %645 = add nuw nsw i64 %606, %ch106.0505
  %646 = add nuw nsw i64 %608, %ch106.0505
  %647 = add nuw nsw i64 %610, %ch106.0505
  %648 = add nuw nsw i64 %612, %ch106.0505
  %649 = add nuw nsw i64 %614, %ch106.0505
  %650 = add nuw nsw i64 %616, %ch106.0505
  %651 = add nuw nsw i64 %618, %ch106.0505
  %652 = add nuw nsw i64 %620, %ch106.0505
  %653 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %621
  %654 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %622
  %655 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %623
  %656 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %624
  %657 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %625
  %658 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %626
  %659 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %627
  %660 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %628
  %661 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %629
  %662 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %630
  %663 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %631
  %664 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %632
  %665 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %633
  %666 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %634
  %667 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %635
  %668 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %636
  %669 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %637
  %670 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %638
  %671 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %639
  %672 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %640
  %673 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %641
  %674 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %642
  %675 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %643
  %676 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %644
  %677 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %645
  %678 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %646
  %679 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %647
  %680 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %648
  %681 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %649
  %682 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %650
  %683 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %651
  %684 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %652
  %685 = load float, ptr %653, align 4
  %686 = load float, ptr %654, align 4
  %687 = load float, ptr %655, align 4
  %688 = load float, ptr %656, align 4
  %689 = load float, ptr %657, align 4
  %690 = load float, ptr %658, align 4
  %691 = load float, ptr %659, align 4
  %692 = load float, ptr %660, align 4
  %693 = insertelement <8 x float> poison, float %685, i64 0
  %694 = insertelement <8 x float> %693, float %686, i64 1
  %695 = insertelement <8 x float> %694, float %687, i64 2
  %696 = insertelement <8 x float> %695, float %688, i64 3
  %697 = insertelement <8 x float> %696, float %689, i64 4
  %698 = insertelement <8 x float> %697, float %690, i64 5
  %699 = insertelement <8 x float> %698, float %691, i64 6
  %700 = insertelement <8 x float> %699, float %692, i64 7
  %701 = load float, ptr %661, align 4
  %702 = load float, ptr %662, align 4
  %703 = load float, ptr %663, align 4
  %704 = load float, ptr %664, align 4
  %705 = load float, ptr %665, align 4
  %706 = load float, ptr %666, align 4
  %707 = load float, ptr %667, align 4
  %708 = load float, ptr %668, align 4
  %709 = insertelement <8 x float> poison, float %701, i64 0
  %710 = insertelement <8 x float> %709, float %702, i64 1
  %711 = insertelement <8 x float> %710, float %703, i64 2
  %712 = insertelement <8 x float> %711, float %704, i64 3
  %713 = insertelement <8 x float> %712, float %705, i64 4
  %714 = insertelement <8 x float> %713, float %706, i64 5
  %715 = insertelement <8 x float> %714, float %707, i64 6
  %716 = insertelement <8 x float> %715, float %708, i64 7
  %717 = load float, ptr %669, align 4
  %718 = load float, ptr %670, align 4
  %719 = load float, ptr %671, align 4
  %720 = load float, ptr %672, align 4
  %721 = load float, ptr %673, align 4
  %722 = load float, ptr %674, align 4
  %723 = load float, ptr %675, align 4
  %724 = load float, ptr %676, align 4
  %725 = insertelement <8 x float> poison, float %717, i64 0
  %726 = insertelement <8 x float> %725, float %718, i64 1
  %727 = insertelement <8 x float> %726, float %719, i64 2
  %728 = insertelement <8 x float> %727, float %720, i64 3
  %729 = insertelement <8 x float> %728, float %721, i64 4
  %730 = insertelement <8 x float> %729, float %722, i64 5
  %731 = insertelement <8 x float> %730, float %723, i64 6
  %732 = insertelement <8 x float> %731, float %724, i64 7
  %733 = load float, ptr %677, align 4
  %734 = load float, ptr %678, align 4
  %735 = load float, ptr %679, align 4
  %736 = load float, ptr %680, align 4
  %737 = load float, ptr %681, align 4
  %738 = load float, ptr %682, align 4
  %739 = load float, ptr %683, align 4
  %740 = load float, ptr %684, align 4
  %741 = insertelement <8 x float> poison, float %733, i64 0
  %742 = insertelement <8 x float> %741, float %734, i64 1
  %743 = insertelement <8 x float> %742, float %735, i64 2
  %744 = insertelement <8 x float> %743, float %736, i64 3
  %745 = insertelement <8 x float> %744, float %737, i64 4
  %746 = insertelement <8 x float> %745, float %738, i64 5
  %747 = insertelement <8 x float> %746, float %739, i64 6
  %748 = insertelement <8 x float> %747, float %740, i64 7
  %749 = getelementptr inbounds float, ptr %h_2, i64 %621
  %750 = getelementptr inbounds float, ptr %h_2, i64 %622
  %751 = getelementptr inbounds float, ptr %h_2, i64 %623
  %752 = getelementptr inbounds float, ptr %h_2, i64 %624
  %753 = getelementptr inbounds float, ptr %h_2, i64 %625
  %754 = getelementptr inbounds float, ptr %h_2, i64 %626
  %755 = getelementptr inbounds float, ptr %h_2, i64 %627
  %756 = getelementptr inbounds float, ptr %h_2, i64 %628
  %757 = getelementptr inbounds float, ptr %h_2, i64 %629
  %758 = getelementptr inbounds float, ptr %h_2, i64 %630
  %759 = getelementptr inbounds float, ptr %h_2, i64 %631
  %760 = getelementptr inbounds float, ptr %h_2, i64 %632
  %761 = getelementptr inbounds float, ptr %h_2, i64 %633
  %762 = getelementptr inbounds float, ptr %h_2, i64 %634
  %763 = getelementptr inbounds float, ptr %h_2, i64 %635
  %764 = getelementptr inbounds float, ptr %h_2, i64 %636
  %765 = getelementptr inbounds float, ptr %h_2, i64 %637
  %766 = getelementptr inbounds float, ptr %h_2, i64 %638
  %767 = getelementptr inbounds float, ptr %h_2, i64 %639
  %768 = getelementptr inbounds float, ptr %h_2, i64 %640
  %769 = getelementptr inbounds float, ptr %h_2, i64 %641
  %770 = getelementptr inbounds float, ptr %h_2, i64 %642
  %771 = getelementptr inbounds float, ptr %h_2, i64 %643
  %772 = getelementptr inbounds float, ptr %h_2, i64 %644
  %773 = getelementptr inbounds float, ptr %h_2, i64 %645
  %774 = getelementptr inbounds float, ptr %h_2, i64 %646
  %775 = getelementptr inbounds float, ptr %h_2, i64 %647
  %776 = getelementptr inbounds float, ptr %h_2, i64 %648
  %777 = getelementptr inbounds float, ptr %h_2, i64 %649
  %778 = getelementptr inbounds float, ptr %h_2, i64 %650
  %779 = getelementptr inbounds float, ptr %h_2, i64 %651
  %780 = getelementptr inbounds float, ptr %h_2, i64 %652
  %781 = load float, ptr %749, align 4
  %782 = load float, ptr %750, align 4
  %783 = load float, ptr %751, align 4
  %784 = load float, ptr %752, align 4
  %785 = load float, ptr %753, align 4
  %786 = load float, ptr %754, align 4
  %787 = load float, ptr %755, align 4
  %788 = load float, ptr %756, align 4
  %789 = insertelement <8 x float> poison, float %781, i64 0
  %790 = insertelement <8 x float> %789, float %782, i64 1
  %791 = insertelement <8 x float> %790, float %783, i64 2
  %792 = insertelement <8 x float> %791, float %784, i64 3
  %793 = insertelement <8 x float> %792, float %785, i64 4
  %794 = insertelement <8 x float> %793, float %786, i64 5
  %795 = insertelement <8 x float> %794, float %787, i64 6
  %796 = insertelement <8 x float> %795, float %788, i64 7
  %797 = load float, ptr %757, align 4
  %798 = load float, ptr %758, align 4
  %799 = load float, ptr %759, align 4
  %800 = load float, ptr %760, align 4
  %801 = load float, ptr %761, align 4
  %802 = load float, ptr %762, align 4
  %803 = load float, ptr %763, align 4
  %804 = load float, ptr %764, align 4
  %805 = insertelement <8 x float> poison, float %797, i64 0
  %806 = insertelement <8 x float> %805, float %798, i64 1
  %807 = insertelement <8 x float> %806, float %799, i64 2
  %808 = insertelement <8 x float> %807, float %800, i64 3
  %809 = insertelement <8 x float> %808, float %801, i64 4
  %810 = insertelement <8 x float> %809, float %802, i64 5
  %811 = insertelement <8 x float> %810, float %803, i64 6
  %812 = insertelement <8 x float> %811, float %804, i64 7
  %813 = load float, ptr %765, align 4
  %814 = load float, ptr %766, align 4
  %815 = load float, ptr %767, align 4
  %816 = load float, ptr %768, align 4
  %817 = load float, ptr %769, align 4
  %818 = load float, ptr %770, align 4
  %819 = load float, ptr %771, align 4
  %820 = load float, ptr %772, align 4
  %821 = insertelement <8 x float> poison, float %813, i64 0
  %822 = insertelement <8 x float> %821, float %814, i64 1
  %823 = insertelement <8 x float> %822, float %815, i64 2
  %824 = insertelement <8 x float> %823, float %816, i64 3
  %825 = insertelement <8 x float> %824, float %817, i64 4
  %826 = insertelement <8 x float> %825, float %818, i64 5
  %827 = insertelement <8 x float> %826, float %819, i64 6
  %828 = insertelement <8 x float> %827, float %820, i64 7
  %829 = load float, ptr %773, align 4
  %830 = load float, ptr %774, align 4
  %831 = load float, ptr %775, align 4
  %832 = load float, ptr %776, align 4
  %833 = load float, ptr %777, align 4
  %834 = load float, ptr %778, align 4
  %835 = load float, ptr %779, align 4
  %836 = load float, ptr %780, align 4
  %837 = insertelement <8 x float> poison, float %829, i64 0
  %838 = insertelement <8 x float> %837, float %830, i64 1
  %839 = insertelement <8 x float> %838, float %831, i64 2
  %840 = insertelement <8 x float> %839, float %832, i64 3
  %841 = insertelement <8 x float> %840, float %833, i64 4
  %842 = insertelement <8 x float> %841, float %834, i64 5
  %843 = insertelement <8 x float> %842, float %835, i64 6
  %844 = insertelement <8 x float> %843, float %836, i64 7
  %845 = fsub <8 x float> %796, %broadcast.splat812
  %846 = fsub <8 x float> %812, %broadcast.splat812
  %847 = fsub <8 x float> %828, %broadcast.splat812
  %848 = fsub <8 x float> %844, %broadcast.splat812
  %849 = fmul <8 x float> %700, %845
  %850 = fmul <8 x float> %716, %846
  %851 = fmul <8 x float> %732, %847
  %852 = fmul <8 x float> %748, %848
  %853 = fadd reassoc <8 x float> %vec.phi807, %849
  %854 = fadd reassoc <8 x float> %vec.phi808, %850
  %855 = fadd reassoc <8 x float> %vec.phi809, %851
  %856 = fadd reassoc <8 x float> %vec.phi810, %852
  %index.next813 = add nuw i64 %index806, 32
  %857 = icmp eq i64 %index.next813, %n.vec803
  br i1 %857, label %middle.block798, label %vector.body805, !llvm.loop !8

middle.block798:                                  ; preds = %vector.body805
  %bin.rdx814 = fadd reassoc <8 x float> %854, %853
  %bin.rdx815 = fadd reassoc <8 x float> %855, %bin.rdx814
  %bin.rdx816 = fadd reassoc <8 x float> %856, %bin.rdx815
  %858 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx816)
  br label %img.body115.preheader856

img.body115.preheader856:                         ; preds = %middle.block798, %img.body115.preheader
  %img113.0503.ph = phi i64 [ 0, %img.body115.preheader ], [ %n.vec803, %middle.block798 ]
  %acc.0502.ph = phi float [ 0.000000e+00, %img.body115.preheader ], [ %858, %middle.block798 ]
  br label %img.body115

img.body115:                                      ; preds = %img.body115.preheader856, %img.body115
  %img113.0503 = phi i64 [ %868, %img.body115 ], [ %img113.0503.ph, %img.body115.preheader856 ]
  %acc.0502 = phi float [ %867, %img.body115 ], [ %acc.0502.ph, %img.body115.preheader856 ]
  %859 = mul nuw nsw i64 %img113.0503, 5
  %860 = add nuw nsw i64 %859, %ch106.0505
  %861 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %860
  %862 = load float, ptr %861, align 4
  %863 = getelementptr inbounds float, ptr %h_2, i64 %860
  %864 = load float, ptr %863, align 4
  %865 = fsub float %864, %557
  %866 = fmul float %862, %865
  %867 = fadd reassoc float %acc.0502, %866
  %868 = add nuw nsw i64 %img113.0503, 1
  %exitcond590.not = icmp eq i64 %868, %n
  br i1 %exitcond590.not, label %img.end117, label %img.body115, !llvm.loop !9

img.end117:                                       ; preds = %img.body115, %ch.body108
  %acc.0.lcssa = phi float [ 0.000000e+00, %ch.body108 ], [ %867, %img.body115 ]
  %869 = getelementptr inbounds float, ptr %d_h_1_weight, i64 %ch106.0505
  %870 = getelementptr inbounds i8, ptr %556, i64 20
  %871 = load float, ptr %870, align 4
  %872 = fmul float %acc.0.lcssa, %871
  store float %872, ptr %869, align 4
  %873 = add nuw nsw i64 %ch106.0505, 1
  %exitcond591.not = icmp eq i64 %873, 5
  br i1 %exitcond591.not, label %img.cond134.preheader.preheader, label %ch.body108

img.cond134.preheader.preheader:                  ; preds = %img.end117
  %min.iters.check820 = icmp ult i64 %n, 32
  %n.vec823 = and i64 %n, -32
  %cmp.n835 = icmp eq i64 %n.vec823, %n
  br label %img.cond134.preheader

img.cond134.preheader:                            ; preds = %img.cond134.preheader.backedge, %img.cond134.preheader.preheader
  %ch126.0512 = phi i64 [ 0, %img.cond134.preheader.preheader ], [ %ch126.0512.be, %img.cond134.preheader.backedge ]
  br i1 %.not, label %img.end137.thread, label %px.cond141.preheader.lr.ph

px.cond141.preheader.lr.ph:                       ; preds = %img.cond134.preheader
  %invariant.gep506 = getelementptr float, ptr %d_y_pre618632, i64 %ch126.0512
  br i1 %min.iters.check820, label %px.cond141.preheader.preheader, label %vector.ph821

vector.ph821:                                     ; preds = %px.cond141.preheader.lr.ph
  %invariant.gep1041 = getelementptr i8, ptr %invariant.gep506, i64 140
  %invariant.gep1043 = getelementptr i8, ptr %invariant.gep506, i64 160
  %invariant.gep1045 = getelementptr i8, ptr %invariant.gep506, i64 180
  %invariant.gep1047 = getelementptr i8, ptr %invariant.gep506, i64 200
  %invariant.gep1049 = getelementptr i8, ptr %invariant.gep506, i64 220
  %invariant.gep1051 = getelementptr i8, ptr %invariant.gep506, i64 240
  %invariant.gep1053 = getelementptr i8, ptr %invariant.gep506, i64 260
  %invariant.gep1055 = getelementptr i8, ptr %invariant.gep506, i64 280
  %invariant.gep1057 = getelementptr i8, ptr %invariant.gep506, i64 300
  %invariant.gep1059 = getelementptr i8, ptr %invariant.gep506, i64 320
  %invariant.gep1061 = getelementptr i8, ptr %invariant.gep506, i64 340
  %invariant.gep1063 = getelementptr i8, ptr %invariant.gep506, i64 360
  %invariant.gep1065 = getelementptr i8, ptr %invariant.gep506, i64 380
  %invariant.gep1067 = getelementptr i8, ptr %invariant.gep506, i64 400
  %invariant.gep1069 = getelementptr i8, ptr %invariant.gep506, i64 420
  %invariant.gep1071 = getelementptr i8, ptr %invariant.gep506, i64 440
  %invariant.gep1073 = getelementptr i8, ptr %invariant.gep506, i64 460
  %invariant.gep1075 = getelementptr i8, ptr %invariant.gep506, i64 480
  %invariant.gep1077 = getelementptr i8, ptr %invariant.gep506, i64 500
  %invariant.gep1079 = getelementptr i8, ptr %invariant.gep506, i64 520
  %invariant.gep1081 = getelementptr i8, ptr %invariant.gep506, i64 540
  %invariant.gep1083 = getelementptr i8, ptr %invariant.gep506, i64 560
  %invariant.gep1085 = getelementptr i8, ptr %invariant.gep506, i64 580
  %invariant.gep1087 = getelementptr i8, ptr %invariant.gep506, i64 600
  %invariant.gep1089 = getelementptr i8, ptr %invariant.gep506, i64 620
  br label %vector.body825

vector.body825:                                   ; preds = %vector.body825, %vector.ph821
  %index826 = phi i64 [ 0, %vector.ph821 ], [ %index.next831, %vector.body825 ]
  %vec.phi827 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph821 ], [ %983, %vector.body825 ]
  %vec.phi828 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph821 ], [ %984, %vector.body825 ]
  %vec.phi829 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph821 ], [ %985, %vector.body825 ]
  %vec.phi830 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph821 ], [ %986, %vector.body825 ]
  %874 = mul i64 %index826, 20
  %875 = mul i64 %index826, 20
  %876 = or disjoint i64 %875, 20
  %877 = mul i64 %index826, 20
  %878 = or disjoint i64 %877, 40
  %879 = mul i64 %index826, 20
  %880 = or disjoint i64 %879, 60
  %881 = mul i64 %index826, 20
  %882 = or disjoint i64 %881, 80
  %883 = mul i64 %index826, 20
  %884 = or disjoint i64 %883, 100
  %885 = mul i64 %index826, 20
  %886 = or disjoint i64 %885, 120
  %887 = mul i64 %index826, 20
  %888 = mul i64 %index826, 20
  %889 = mul i64 %index826, 20
  %890 = mul i64 %index826, 20
  %891 = mul i64 %index826, 20
  %892 = mul i64 %index826, 20
  %893 = mul i64 %index826, 20
  %894 = mul i64 %index826, 20
  %895 = mul i64 %index826, 20
  %896 = mul i64 %index826, 20
  %897 = mul i64 %index826, 20
  %898 = mul i64 %index826, 20
  %899 = mul i64 %index826, 20
  %900 = mul i64 %index826, 20
  %901 = mul i64 %index826, 20
  %902 = mul i64 %index826, 20
  %903 = mul i64 %index826, 20
  %904 = mul i64 %index826, 20
  %905 = mul i64 %index826, 20
  %906 = mul i64 %index826, 20
  %907 = mul i64 %index826, 20
  %908 = mul i64 %index826, 20
  %909 = mul i64 %index826, 20
  %910 = mul i64 %index826, 20
  %911 = mul i64 %index826, 20
  %912 = getelementptr i8, ptr %invariant.gep506, i64 %874
  %913 = getelementptr i8, ptr %invariant.gep506, i64 %876
  %914 = getelementptr i8, ptr %invariant.gep506, i64 %878
  %915 = getelementptr i8, ptr %invariant.gep506, i64 %880
  %916 = getelementptr i8, ptr %invariant.gep506, i64 %882
  %917 = getelementptr i8, ptr %invariant.gep506, i64 %884
  %918 = getelementptr i8, ptr %invariant.gep506, i64 %886
  %gep1042 = getelementptr i8, ptr %invariant.gep1041, i64 %887
  %gep1044 = getelementptr i8, ptr %invariant.gep1043, i64 %888
  %gep1046 = getelementptr i8, ptr %invariant.gep1045, i64 %889
  %gep1048 = getelementptr i8, ptr %invariant.gep1047, i64 %890
  %gep1050 = getelementptr i8, ptr %invariant.gep1049, i64 %891
  %gep1052 = getelementptr i8, ptr %invariant.gep1051, i64 %892
  %gep1054 = getelementptr i8, ptr %invariant.gep1053, i64 %893
  %gep1056 = getelementptr i8, ptr %invariant.gep1055, i64 %894
  %gep1058 = getelementptr i8, ptr %invariant.gep1057, i64 %895
  %gep1060 = getelementptr i8, ptr %invariant.gep1059, i64 %896
  %gep1062 = getelementptr i8, ptr %invariant.gep1061, i64 %897
  %gep1064 = getelementptr i8, ptr %invariant.gep1063, i64 %898
  %gep1066 = getelementptr i8, ptr %invariant.gep1065, i64 %899
  %gep1068 = getelementptr i8, ptr %invariant.gep1067, i64 %900
  %gep1070 = getelementptr i8, ptr %invariant.gep1069, i64 %901
  %gep1072 = getelementptr i8, ptr %invariant.gep1071, i64 %902
  %gep1074 = getelementptr i8, ptr %invariant.gep1073, i64 %903
  %gep1076 = getelementptr i8, ptr %invariant.gep1075, i64 %904
  %gep1078 = getelementptr i8, ptr %invariant.gep1077, i64 %905
  %gep1080 = getelementptr i8, ptr %invariant.gep1079, i64 %906
  %gep1082 = getelementptr i8, ptr %invariant.gep1081, i64 %907
  %gep1084 = getelementptr i8, ptr %invariant.gep1083, i64 %908
  %gep1086 = getelementptr i8, ptr %invariant.gep1085, i64 %909
  %gep1088 = getelementptr i8, ptr %invariant.gep1087, i64 %910
  %gep1090 = getelementptr i8, ptr %invariant.gep1089, i64 %911
  %919 = load float, ptr %912, align 4
  %920 = load float, ptr %913, align 4
  %921 = load float, ptr %914, align 4
  %922 = load float, ptr %915, align 4
  %923 = load float, ptr %916, align 4
  %924 = load float, ptr %917, align 4
  %925 = load float, ptr %918, align 4
  %926 = load float, ptr %gep1042, align 4
  %927 = insertelement <8 x float> poison, float %919, i64 0
  %928 = insertelement <8 x float> %927, float %920, i64 1
  %929 = insertelement <8 x float> %928, float %921, i64 2
  %930 = insertelement <8 x float> %929, float %922, i64 3
  %931 = insertelement <8 x float> %930, float %923, i64 4
  %932 = insertelement <8 x float> %931, float %924, i64 5
  %933 = insertelement <8 x float> %932, float %925, i64 6
  %934 = insertelement <8 x float> %933, float %926, i64 7
  %935 = load float, ptr %gep1044, align 4
  %936 = load float, ptr %gep1046, align 4
  %937 = load float, ptr %gep1048, align 4
  %938 = load float, ptr %gep1050, align 4
  %939 = load float, ptr %gep1052, align 4
  %940 = load float, ptr %gep1054, align 4
  %941 = load float, ptr %gep1056, align 4
  %942 = load float, ptr %gep1058, align 4
  %943 = insertelement <8 x float> poison, float %935, i64 0
  %944 = insertelement <8 x float> %943, float %936, i64 1
  %945 = insertelement <8 x float> %944, float %937, i64 2
  %946 = insertelement <8 x float> %945, float %938, i64 3
  %947 = insertelement <8 x float> %946, float %939, i64 4
  %948 = insertelement <8 x float> %947, float %940, i64 5
  %949 = insertelement <8 x float> %948, float %941, i64 6
  %950 = insertelement <8 x float> %949, float %942, i64 7
  %951 = load float, ptr %gep1060, align 4
  %952 = load float, ptr %gep1062, align 4
  %953 = load float, ptr %gep1064, align 4
  %954 = load float, ptr %gep1066, align 4
  %955 = load float, ptr %gep1068, align 4
  %956 = load float, ptr %gep1070, align 4
  %957 = load float, ptr %gep1072, align 4
  %958 = load float, ptr %gep1074, align 4
  %959 = insertelement <8 x float> poison, float %951, i64 0
  %960 = insertelement <8 x float> %959, float %952, i64 1
  %961 = insertelement <8 x float> %960, float %953, i64 2
  %962 = insertelement <8 x float> %961, float %954, i64 3
  %963 = insertelement <8 x float> %962, float %955, i64 4
  %964 = insertelement <8 x float> %963, float %956, i64 5
  %965 = insertelement <8 x float> %964, float %957, i64 6
  %966 = insertelement <8 x float> %965, float %958, i64 7
  %967 = load float, ptr %gep1076, align 4
  %968 = load float, ptr %gep1078, align 4
  %969 = load float, ptr %gep1080, align 4
  %970 = load float, ptr %gep1082, align 4
  %971 = load float, ptr %gep1084, align 4
  %972 = load float, ptr %gep1086, align 4
  %973 = load float, ptr %gep1088, align 4
  %974 = load float, ptr %gep1090, align 4
  %975 = insertelement <8 x float> poison, float %967, i64 0
  %976 = insertelement <8 x float> %975, float %968, i64 1
  %977 = insertelement <8 x float> %976, float %969, i64 2
  %978 = insertelement <8 x float> %977, float %970, i64 3
  %979 = insertelement <8 x float> %978, float %971, i64 4
  %980 = insertelement <8 x float> %979, float %972, i64 5
  %981 = insertelement <8 x float> %980, float %973, i64 6
  %982 = insertelement <8 x float> %981, float %974, i64 7
  %983 = fadd reassoc <8 x float> %vec.phi827, %934
  %984 = fadd reassoc <8 x float> %vec.phi828, %950
  %985 = fadd reassoc <8 x float> %vec.phi829, %966
  %986 = fadd reassoc <8 x float> %vec.phi830, %982
  %index.next831 = add nuw i64 %index826, 32
  %987 = icmp eq i64 %index.next831, %n.vec823
  br i1 %987, label %middle.block818, label %vector.body825, !llvm.loop !10

middle.block818:                                  ; preds = %vector.body825
  %bin.rdx832 = fadd reassoc <8 x float> %984, %983
  %bin.rdx833 = fadd reassoc <8 x float> %985, %bin.rdx832
  %bin.rdx834 = fadd reassoc <8 x float> %986, %bin.rdx833
  %988 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx834)
  br i1 %cmp.n835, label %img.end137, label %px.cond141.preheader.preheader

px.cond141.preheader.preheader:                   ; preds = %middle.block818, %px.cond141.preheader.lr.ph
  %img133.0510.ph = phi i64 [ 0, %px.cond141.preheader.lr.ph ], [ %n.vec823, %middle.block818 ]
  %acc132.0509.ph = phi float [ 0.000000e+00, %px.cond141.preheader.lr.ph ], [ %988, %middle.block818 ]
  br label %px.cond141.preheader

px.cond141.preheader:                             ; preds = %px.cond141.preheader.preheader, %px.cond141.preheader
  %img133.0510 = phi i64 [ %991, %px.cond141.preheader ], [ %img133.0510.ph, %px.cond141.preheader.preheader ]
  %acc132.0509 = phi float [ %990, %px.cond141.preheader ], [ %acc132.0509.ph, %px.cond141.preheader.preheader ]
  %.idx398 = mul i64 %img133.0510, 20
  %gep507 = getelementptr i8, ptr %invariant.gep506, i64 %.idx398
  %989 = load float, ptr %gep507, align 4
  %990 = fadd reassoc float %acc132.0509, %989
  %991 = add nuw nsw i64 %img133.0510, 1
  %exitcond592.not = icmp eq i64 %991, %n
  br i1 %exitcond592.not, label %img.end137, label %px.cond141.preheader, !llvm.loop !11

img.end137:                                       ; preds = %px.cond141.preheader, %middle.block818
  %.lcssa684 = phi float [ %988, %middle.block818 ], [ %990, %px.cond141.preheader ]
  %992 = getelementptr inbounds float, ptr %d_h_1_bias614640, i64 %ch126.0512
  store float %.lcssa684, ptr %992, align 4
  %993 = add nuw nsw i64 %ch126.0512, 1
  %exitcond593.not = icmp eq i64 %993, 5
  br i1 %exitcond593.not, label %ch.cond153.preheader, label %img.cond134.preheader.backedge

img.cond134.preheader.backedge:                   ; preds = %img.end137, %img.end137.thread
  %ch126.0512.be = phi i64 [ %993, %img.end137 ], [ %995, %img.end137.thread ]
  br label %img.cond134.preheader

img.end137.thread:                                ; preds = %img.cond134.preheader
  %994 = getelementptr inbounds float, ptr %d_h_1_bias614640, i64 %ch126.0512
  store float 0.000000e+00, ptr %994, align 4
  %995 = add nuw nsw i64 %ch126.0512, 1
  %exitcond593.not647 = icmp eq i64 %995, 5
  br i1 %exitcond593.not647, label %i.cond186.preheader.preheader, label %img.cond134.preheader.backedge

ch.cond153.preheader:                             ; preds = %img.end137, %ch.end156
  %img146.0514 = phi i64 [ %1025, %ch.end156 ], [ 0, %img.end137 ]
  %996 = mul nuw nsw i64 %img146.0514, 5
  br label %ch.body154

j.cond174.preheader.preheader:                    ; preds = %ch.end156
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(20) %d_h_2_bias615638, i8 0, i64 20, i1 false)
  br label %j.cond174.preheader

ch.body154:                                       ; preds = %ch.cond153.preheader, %ch.body154
  %ch152.0513 = phi i64 [ 0, %ch.cond153.preheader ], [ %1024, %ch.body154 ]
  %997 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch152.0513
  %998 = load float, ptr %997, align 4
  %999 = getelementptr inbounds i8, ptr %997, i64 20
  %1000 = load float, ptr %999, align 4
  %1001 = getelementptr inbounds float, ptr %ws, i64 %ch152.0513
  %1002 = load float, ptr %1001, align 4
  %1003 = fmul float %1000, %1002
  %1004 = fmul float %1000, %1003
  %1005 = getelementptr inbounds float, ptr %d_h_1_weight, i64 %ch152.0513
  %1006 = load float, ptr %1005, align 4
  %1007 = fmul float %1006, %1004
  %1008 = fdiv float %1007, %0
  %1009 = getelementptr inbounds float, ptr %d_h_1_bias614640, i64 %ch152.0513
  %1010 = load float, ptr %1009, align 4
  %1011 = fmul float %1003, %1010
  %1012 = fdiv float %1011, %0
  %1013 = add nuw nsw i64 %ch152.0513, %996
  %1014 = getelementptr inbounds float, ptr %h617634, i64 %1013
  %1015 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1013
  %1016 = load float, ptr %1015, align 4
  %1017 = fmul float %1003, %1016
  %1018 = getelementptr inbounds float, ptr %h_2, i64 %1013
  %1019 = load float, ptr %1018, align 4
  %1020 = fsub float %1019, %998
  %1021 = fmul float %1008, %1020
  %1022 = fsub float %1017, %1021
  %1023 = fsub float %1022, %1012
  store float %1023, ptr %1014, align 4
  %1024 = add nuw nsw i64 %ch152.0513, 1
  %exitcond594.not = icmp eq i64 %1024, 5
  br i1 %exitcond594.not, label %ch.end156, label %ch.body154

ch.end156:                                        ; preds = %ch.body154
  %1025 = add nuw nsw i64 %img146.0514, 1
  %exitcond595.not = icmp eq i64 %1025, %n
  br i1 %exitcond595.not, label %j.cond174.preheader.preheader, label %ch.cond153.preheader

j.cond174.preheader:                              ; preds = %j.cond174.preheader.preheader, %j.end177
  %i167.0516 = phi i64 [ %1039, %j.end177 ], [ 0, %j.cond174.preheader.preheader ]
  %.idx397 = mul i64 %i167.0516, 20
  %1026 = getelementptr inbounds i8, ptr %h617634, i64 %.idx397
  br label %j.body175

i.cond186.preheader.preheader:                    ; preds = %img.end137.thread
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(20) %d_h_2_bias615638, i8 0, i64 20, i1 false)
  br label %i.cond186.preheader

i.cond186.preheader.us:                           ; preds = %j.end177, %i.end189.split.us.us
  %j179.0527.us = phi i64 [ %1032, %i.end189.split.us.us ], [ 0, %j.end177 ]
  %invariant.gep517.us = getelementptr float, ptr %x, i64 %j179.0527.us
  %invariant.gep524.us = getelementptr inbounds float, ptr %d_h_2_weight, i64 %j179.0527.us
  br label %k.cond193.preheader.us.us

k.cond193.preheader.us.us:                        ; preds = %k.cond193.k.end196_crit_edge.us.us, %i.cond186.preheader.us
  %i185.0526.us.us = phi i64 [ 0, %i.cond186.preheader.us ], [ %1031, %k.cond193.k.end196_crit_edge.us.us ]
  %invariant.gep519.us.us = getelementptr float, ptr %h617634, i64 %i185.0526.us.us
  br label %k.body194.us.us

k.body194.us.us:                                  ; preds = %k.body194.us.us, %k.cond193.preheader.us.us
  %k192.0522.us.us = phi i64 [ 0, %k.cond193.preheader.us.us ], [ %1030, %k.body194.us.us ]
  %s0191.0521.us.us = phi float [ 0.000000e+00, %k.cond193.preheader.us.us ], [ %1029, %k.body194.us.us ]
  %.idx395.us.us = mul i64 %k192.0522.us.us, 24
  %gep518.us.us = getelementptr i8, ptr %invariant.gep517.us, i64 %.idx395.us.us
  %1027 = load float, ptr %gep518.us.us, align 4
  %.idx396.us.us = mul i64 %k192.0522.us.us, 20
  %gep520.us.us = getelementptr i8, ptr %invariant.gep519.us.us, i64 %.idx396.us.us
  %1028 = load float, ptr %gep520.us.us, align 4
  %1029 = tail call float @llvm.fmuladd.f32(float %1028, float %1027, float %s0191.0521.us.us)
  %1030 = add nuw nsw i64 %k192.0522.us.us, 1
  %exitcond598.not = icmp eq i64 %1030, %n
  br i1 %exitcond598.not, label %k.cond193.k.end196_crit_edge.us.us, label %k.body194.us.us

k.cond193.k.end196_crit_edge.us.us:               ; preds = %k.body194.us.us
  %.idx.us.us = mul nuw nsw i64 %i185.0526.us.us, 24
  %gep525.us.us = getelementptr inbounds i8, ptr %invariant.gep524.us, i64 %.idx.us.us
  store float %1029, ptr %gep525.us.us, align 4
  %1031 = add nuw nsw i64 %i185.0526.us.us, 1
  %exitcond599.not = icmp eq i64 %1031, 5
  br i1 %exitcond599.not, label %i.end189.split.us.us, label %k.cond193.preheader.us.us

i.end189.split.us.us:                             ; preds = %k.cond193.k.end196_crit_edge.us.us
  %1032 = add nuw nsw i64 %j179.0527.us, 1
  %exitcond600.not = icmp eq i64 %1032, 6
  br i1 %exitcond600.not, label %j.end183, label %i.cond186.preheader.us

j.body175:                                        ; preds = %j.cond174.preheader, %j.body175
  %j173.0515 = phi i64 [ 0, %j.cond174.preheader ], [ %1038, %j.body175 ]
  %1033 = getelementptr inbounds float, ptr %d_h_2_bias615638, i64 %j173.0515
  %1034 = load float, ptr %1033, align 4
  %1035 = getelementptr inbounds float, ptr %1026, i64 %j173.0515
  %1036 = load float, ptr %1035, align 4
  %1037 = fadd float %1034, %1036
  store float %1037, ptr %1033, align 4
  %1038 = add nuw nsw i64 %j173.0515, 1
  %exitcond596.not = icmp eq i64 %1038, 5
  br i1 %exitcond596.not, label %j.end177, label %j.body175

j.end177:                                         ; preds = %j.body175
  %1039 = add nuw nsw i64 %i167.0516, 1
  %exitcond597.not = icmp eq i64 %1039, %n
  br i1 %exitcond597.not, label %i.cond186.preheader.us, label %j.cond174.preheader

i.cond186.preheader:                              ; preds = %i.cond186.preheader.preheader, %i.end189.split
  %j179.0527 = phi i64 [ %1048, %i.end189.split ], [ 0, %i.cond186.preheader.preheader ]
  %invariant.gep524 = getelementptr inbounds float, ptr %d_h_2_weight, i64 %j179.0527
  %invariant.gep1091 = getelementptr i8, ptr %invariant.gep524, i64 24
  br label %vector.body841

vector.body841:                                   ; preds = %pred.store.continue848, %i.cond186.preheader
  %index842 = phi i64 [ 0, %i.cond186.preheader ], [ %index.next849, %pred.store.continue848 ]
  %vec.ind843 = phi <2 x i64> [ <i64 0, i64 1>, %i.cond186.preheader ], [ %vec.ind.next844, %pred.store.continue848 ]
  %1040 = icmp ult <2 x i64> %vec.ind843, <i64 5, i64 5>
  %1041 = extractelement <2 x i1> %1040, i64 0
  br i1 %1041, label %pred.store.if845, label %pred.store.continue846

pred.store.if845:                                 ; preds = %vector.body841
  %1042 = mul nuw nsw i64 %index842, 24
  %1043 = getelementptr inbounds i8, ptr %invariant.gep524, i64 %1042
  store float 0.000000e+00, ptr %1043, align 4
  br label %pred.store.continue846

pred.store.continue846:                           ; preds = %pred.store.if845, %vector.body841
  %1044 = extractelement <2 x i1> %1040, i64 1
  br i1 %1044, label %pred.store.if847, label %pred.store.continue848

pred.store.if847:                                 ; preds = %pred.store.continue846
  %1045 = mul nuw i64 %index842, 24
  %gep1092 = getelementptr i8, ptr %invariant.gep1091, i64 %1045
  store float 0.000000e+00, ptr %gep1092, align 4
  br label %pred.store.continue848

pred.store.continue848:                           ; preds = %pred.store.if847, %pred.store.continue846
  %index.next849 = add i64 %index842, 2
  %vec.ind.next844 = add <2 x i64> %vec.ind843, <i64 2, i64 2>
  %1046 = icmp eq i64 %index.next849, 6
  br i1 %1046, label %i.end189.split, label %vector.body841, !llvm.loop !12

j.end183:                                         ; preds = %i.end189.split.us.us, %i.end189.split
  %1047 = load float, ptr %loss619630, align 4
  ret float %1047

i.end189.split:                                   ; preds = %pred.store.continue848
  %1048 = add nuw nsw i64 %j179.0527, 1
  %exitcond602.not = icmp eq i64 %1048, 6
  br i1 %exitcond602.not, label %j.end183, label %i.cond186.preheader
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @bn_vector_update_step(ptr nocapture align 64 %ws) #0 {
entry:
  %train_lr = getelementptr inbounds i8, ptr %ws, i64 448
  %all_momentum = getelementptr inbounds i8, ptr %ws, i64 512
  %all_grads = getelementptr inbounds i8, ptr %ws, i64 1152
  %0 = load float, ptr %train_lr, align 64
  %broadcast.splatinsert = insertelement <8 x float> poison, float %0, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %entry
  %index = phi i64 [ 0, %entry ], [ %index.next, %vector.body ]
  %1 = getelementptr inbounds float, ptr %all_grads, i64 %index
  %2 = getelementptr inbounds i8, ptr %1, i64 32
  %wide.load = load <8 x float>, ptr %1, align 64
  %wide.load9 = load <8 x float>, ptr %2, align 32
  %3 = getelementptr inbounds float, ptr %all_momentum, i64 %index
  %4 = getelementptr inbounds i8, ptr %3, i64 32
  %wide.load10 = load <8 x float>, ptr %3, align 64
  %wide.load11 = load <8 x float>, ptr %4, align 32
  %5 = fmul <8 x float> %wide.load10, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %6 = fmul <8 x float> %wide.load11, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %7 = fadd <8 x float> %wide.load, %5
  %8 = fadd <8 x float> %wide.load9, %6
  store <8 x float> %7, ptr %3, align 64
  store <8 x float> %8, ptr %4, align 32
  %9 = getelementptr inbounds float, ptr %ws, i64 %index
  %10 = getelementptr inbounds i8, ptr %9, i64 32
  %wide.load12 = load <8 x float>, ptr %9, align 64
  %wide.load13 = load <8 x float>, ptr %10, align 32
  %11 = fmul <8 x float> %broadcast.splat, %7
  %12 = fmul <8 x float> %broadcast.splat, %8
  %13 = fsub <8 x float> %wide.load12, %11
  %14 = fsub <8 x float> %wide.load13, %12
  store <8 x float> %13, ptr %9, align 64
  store <8 x float> %14, ptr %10, align 32
  %index.next = add nuw i64 %index, 16
  %15 = icmp eq i64 %index.next, 96
  br i1 %15, label %i.body, label %vector.body, !llvm.loop !13

i.body:                                           ; preds = %vector.body, %i.body
  %i.08 = phi i64 [ %26, %i.body ], [ 96, %vector.body ]
  %16 = getelementptr inbounds float, ptr %all_grads, i64 %i.08
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds float, ptr %all_momentum, i64 %i.08
  %19 = load float, ptr %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = fadd float %17, %20
  store float %21, ptr %18, align 4
  %22 = getelementptr inbounds float, ptr %ws, i64 %i.08
  %23 = load float, ptr %22, align 4
  %24 = fmul float %0, %21
  %25 = fsub float %23, %24
  store float %25, ptr %22, align 4
  %26 = add nuw nsw i64 %i.08, 1
  %exitcond.not = icmp eq i64 %26, 99
  br i1 %exitcond.not, label %i.end, label %i.body, !llvm.loop !14

i.end:                                            ; preds = %i.body
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal float @bn_vector_eval_batch(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #0 {
entry:
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1856
  %y = getelementptr inbounds i8, ptr %ws, i64 2176
  %loss = getelementptr inbounds i8, ptr %ws, i64 2240
  tail call void @bn_vector_forward(ptr %ws, ptr %ws, ptr %x, ptr nonnull %y, i64 %n)
  %.not.i = icmp eq i64 %n, 0
  br i1 %.not.i, label %bn_vector_xent_loss_1.exit.thread, label %i.body.i

bn_vector_xent_loss_1.exit.thread:                ; preds = %entry
  %0 = uitofp nneg i64 %n to float
  %1 = fdiv float 0.000000e+00, %0
  store float %1, ptr %loss, align 64
  br label %i.end

i.body.i:                                         ; preds = %entry, %j.end7.i
  %acc.028.i = phi float [ %22, %j.end7.i ], [ 0.000000e+00, %entry ]
  %i.027.i = phi i64 [ %23, %j.end7.i ], [ 0, %entry ]
  %.idx.i = mul i64 %i.027.i, 12
  %2 = getelementptr inbounds i8, ptr %y_pre, i64 %.idx.i
  %3 = load float, ptr %2, align 4
  br label %j.body.i

j.body.i:                                         ; preds = %j.body.i, %i.body.i
  %j.024.i = phi i64 [ 0, %i.body.i ], [ %7, %j.body.i ]
  %mx.023.i = phi float [ %3, %i.body.i ], [ %6, %j.body.i ]
  %4 = getelementptr inbounds float, ptr %2, i64 %j.024.i
  %5 = load float, ptr %4, align 4
  %6 = tail call float @llvm.maxnum.f32(float %mx.023.i, float %5)
  %7 = add nuw nsw i64 %j.024.i, 1
  %exitcond.not.i = icmp eq i64 %7, 3
  br i1 %exitcond.not.i, label %j.body5.i, label %j.body.i

j.body5.i:                                        ; preds = %j.body.i, %j.body5.i
  %j3.026.i = phi i64 [ %13, %j.body5.i ], [ 0, %j.body.i ]
  %sum.025.i = phi float [ %12, %j.body5.i ], [ 0.000000e+00, %j.body.i ]
  %8 = getelementptr inbounds float, ptr %2, i64 %j3.026.i
  %9 = load float, ptr %8, align 4
  %10 = fsub float %9, %6
  %11 = tail call float @llvm.exp.f32(float %10)
  %12 = fadd reassoc float %sum.025.i, %11
  %13 = add nuw nsw i64 %j3.026.i, 1
  %exitcond31.not.i = icmp eq i64 %13, 3
  br i1 %exitcond31.not.i, label %j.end7.i, label %j.body5.i

j.end7.i:                                         ; preds = %j.body5.i
  %14 = getelementptr inbounds float, ptr %target, i64 %i.027.i
  %15 = load float, ptr %14, align 4
  %16 = fptoui float %15 to i64
  %17 = tail call float @llvm.log.f32(float %12)
  %18 = fadd float %6, %17
  %19 = getelementptr float, ptr %2, i64 %16
  %20 = load float, ptr %19, align 4
  %21 = fsub float %18, %20
  %22 = fadd reassoc float %acc.028.i, %21
  %23 = add nuw nsw i64 %i.027.i, 1
  %exitcond32.not.i = icmp eq i64 %23, %n
  br i1 %exitcond32.not.i, label %i.body.preheader, label %i.body.i

i.body.preheader:                                 ; preds = %j.end7.i
  %24 = uitofp i64 %n to float
  %25 = fdiv float %22, %24
  store float %25, ptr %loss, align 64
  br label %i.body

i.body:                                           ; preds = %i.body.preheader, %j.end
  %i.021 = phi i64 [ %41, %j.end ], [ 0, %i.body.preheader ]
  %hits.020 = phi float [ %40, %j.end ], [ 0.000000e+00, %i.body.preheader ]
  %.idx = mul i64 %i.021, 12
  %26 = getelementptr inbounds i8, ptr %y, i64 %.idx
  %27 = load float, ptr %26, align 4
  br label %j.body

i.end:                                            ; preds = %j.end, %bn_vector_xent_loss_1.exit.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %bn_vector_xent_loss_1.exit.thread ], [ %40, %j.end ]
  store float %hits.0.lcssa, ptr %correct, align 4
  %28 = load float, ptr %loss, align 64
  ret float %28

j.body:                                           ; preds = %i.body, %j.body
  %j.019 = phi i64 [ 0, %i.body ], [ %34, %j.body ]
  %arg.018 = phi i64 [ 0, %i.body ], [ %32, %j.body ]
  %best.017 = phi float [ %27, %i.body ], [ %33, %j.body ]
  %29 = getelementptr inbounds float, ptr %26, i64 %j.019
  %30 = load float, ptr %29, align 4
  %31 = fcmp ogt float %30, %best.017
  %32 = select i1 %31, i64 %j.019, i64 %arg.018
  %33 = tail call float @llvm.maxnum.f32(float %best.017, float %30)
  %34 = add nuw nsw i64 %j.019, 1
  %exitcond.not = icmp eq i64 %34, 3
  br i1 %exitcond.not, label %j.end, label %j.body

j.end:                                            ; preds = %j.body
  %35 = getelementptr inbounds float, ptr %target, i64 %i.021
  %36 = load float, ptr %35, align 4
  %37 = fptoui float %36 to i64
  %38 = icmp eq i64 %32, %37
  %39 = select i1 %38, float 1.000000e+00, float 0.000000e+00
  %40 = fadd reassoc float %hits.020, %39
  %41 = add nuw nsw i64 %i.021, 1
  %exitcond26.not = icmp eq i64 %41, %n
  br i1 %exitcond26.not, label %i.end, label %i.body
}

; Function Attrs: nounwind
define ptr @bn_vector_create(i64 %0) local_unnamed_addr #4 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @bn_vector_desc, i64 %0) #4
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @bn_vector_destroy(ptr %0) local_unnamed_addr #4 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #4
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @bn_vector_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #4 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #4
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_train_batch(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %4 = call i32 @nnrt_train_batch(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss) #4
  %5 = icmp eq i32 %4, 0
  %6 = load float, ptr %loss, align 4
  %7 = select i1 %5, float %6, float 0x7FF8000000000000
  ret float %7
}

declare i32 @nnrt_train_batch(ptr, ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #4
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_evaluate(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_fit(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call i32 @nnrt_fit(ptr %0, ptr %1, ptr %2) #4
  ret i32 %3
}

declare i32 @nnrt_fit(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_save(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #4
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_load(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #4
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @bn_vector_param_count() local_unnamed_addr #5 {
entry:
  ret i64 63
}

; Function Attrs: nounwind
define ptr @bn_vector_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #4
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @bn_vector_grad(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call ptr @nnrt_grad(ptr %0, ptr %1, ptr %2) #4
  ret ptr %3
}

declare ptr @nnrt_grad(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_compute_gradients(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_grad_step(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #4
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_grad_step(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @bn_vector_gradients(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call ptr @nnrt_gradients(ptr %0, ptr %1) #4
  ret ptr %2
}

declare ptr @nnrt_gradients(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_apply_gradients(ptr %0) local_unnamed_addr #4 {
entry:
  %1 = tail call i32 @nnrt_update_step(ptr %0) #4
  ret i32 %1
}

declare i32 @nnrt_update_step(ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_set_lr(ptr %0, float %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_set_lr(ptr %0, float %1) #4
  ret i32 %2
}

declare i32 @nnrt_set_lr(ptr, float) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_get_lr(ptr %0) local_unnamed_addr #4 {
entry:
  %1 = tail call float @nnrt_get_lr(ptr %0) #4
  ret float %1
}

declare float @nnrt_get_lr(ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr nocapture, i32 immarg, <8 x i1>, <8 x float>) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr nocapture, i32 immarg, <8 x i1>) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr nocapture, i32 immarg, <4 x i1>, <4 x float>) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4f32.p0(<4 x float>, ptr nocapture, i32 immarg, <4 x i1>) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #7

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #9 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2, !1}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !1}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !2, !1}
!10 = distinct !{!10, !1, !2}
!11 = distinct !{!11, !2, !1}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !2, !1}
