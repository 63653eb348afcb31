; ModuleID = 'inference_only.nn'
source_filename = "inference_only.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [2 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, ptr, ptr, ptr }

@.str = private unnamed_addr constant [15 x i8] c"inference_only\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@inference_only_tensors = internal constant [2 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.1, i32 2, [2 x i32] [i32 3, i32 4], i64 0, i8 0, i8 2, i32 4, i32 3, i32 -1 }, %struct.nnrt_tensor { ptr @.str.2, i32 1, [2 x i32] [i32 3, i32 0], i64 16, i8 0, i8 0, i32 4, i32 3, i32 -1 }]
@inference_only_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 4, i64 3, i64 32, i64 224, ptr @inference_only_tensors, i64 2, i64 15, i32 0, i32 0, double 0.000000e+00, i32 0, i64 0, ptr null, ptr @inference_only_forward, ptr null, ptr null }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @inference_only_forward(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture %y, i64 %n) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %h = getelementptr inbounds i8, ptr %ws, i64 128
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %.not136 = icmp eq i64 %0, %n
  br i1 %.not, label %entry.split, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i.end.us
  %j.0114.us = phi i64 [ %2, %i.end.us ], [ 0, %entry ]
  %invariant.gep.us = getelementptr float, ptr %h, i64 %j.0114.us
  %1 = getelementptr inbounds float, ptr %h_bias, i64 %j.0114.us
  %.idx138 = shl nsw i64 %j.0114.us, 4
  %invariant.gep = getelementptr inbounds i8, ptr %ws, i64 %.idx138
  br label %k.cond.preheader.us

i.end.us:                                         ; preds = %k.end10.us, %i0.cond.i.cond.preheader_crit_edge.us
  %2 = add nuw nsw i64 %j.0114.us, 1
  %exitcond152.not = icmp eq i64 %2, 3
  br i1 %exitcond152.not, label %i.cond14.preheader, label %i0.cond.preheader.us

k.end10.us:                                       ; preds = %k.body8.us
  %.idx.us = mul i64 %i.0113.us, 12
  %gep112.us = getelementptr i8, ptr %invariant.gep.us, i64 %.idx.us
  %3 = load float, ptr %1, align 4
  %4 = fadd float %13, %3
  %5 = fneg float %4
  %6 = tail call float @llvm.exp.f32(float %5)
  %7 = fadd float %6, 1.000000e+00
  %8 = fdiv float 1.000000e+00, %7
  store float %8, ptr %gep112.us, align 4
  %9 = add nuw nsw i64 %i.0113.us, 1
  %10 = icmp ult i64 %9, %n
  br i1 %10, label %k.cond7.preheader.us, label %i.end.us

k.body8.us:                                       ; preds = %k.cond7.preheader.us, %k.body8.us
  %k6.0110.us = phi i64 [ 0, %k.cond7.preheader.us ], [ %14, %k.body8.us ]
  %s0_05.0109.us = phi float [ 0.000000e+00, %k.cond7.preheader.us ], [ %13, %k.body8.us ]
  %gep168 = getelementptr float, ptr %invariant.gep167, i64 %k6.0110.us
  %11 = load float, ptr %gep168, align 4
  %gep170 = getelementptr float, ptr %invariant.gep169, i64 %k6.0110.us
  %12 = load float, ptr %gep170, align 4
  %13 = tail call float @llvm.fmuladd.f32(float %11, float %12, float %s0_05.0109.us)
  %14 = add nuw nsw i64 %k6.0110.us, 1
  %exitcond151.not = icmp eq i64 %14, 4
  br i1 %exitcond151.not, label %k.end10.us, label %k.body8.us

k.end.us:                                         ; preds = %k.body.us
  %15 = mul nuw nsw i64 %i0.0108.us, 3
  %16 = or disjoint i64 %15, %j.0114.us
  %17 = getelementptr inbounds float, ptr %h, i64 %16
  %18 = load float, ptr %1, align 4
  %19 = fadd float %63, %18
  %20 = fneg float %19
  %21 = tail call float @llvm.exp.f32(float %20)
  %22 = fadd float %21, 1.000000e+00
  %23 = fdiv float 1.000000e+00, %22
  store float %23, ptr %17, align 4
  %24 = or disjoint i64 %15, 3
  %gep.us = getelementptr float, ptr %invariant.gep.us, i64 %24
  %25 = load float, ptr %1, align 4
  %26 = fadd float %64, %25
  %27 = fneg float %26
  %28 = tail call float @llvm.exp.f32(float %27)
  %29 = fadd float %28, 1.000000e+00
  %30 = fdiv float 1.000000e+00, %29
  store float %30, ptr %gep.us, align 4
  %.idx101.us = mul i64 %i0.0108.us, 12
  %31 = getelementptr i8, ptr %h, i64 %.idx101.us
  %32 = getelementptr i8, ptr %31, i64 24
  %33 = getelementptr float, ptr %32, i64 %j.0114.us
  %34 = load float, ptr %1, align 4
  %35 = fadd float %65, %34
  %36 = fneg float %35
  %37 = tail call float @llvm.exp.f32(float %36)
  %38 = fadd float %37, 1.000000e+00
  %39 = fdiv float 1.000000e+00, %38
  store float %39, ptr %33, align 4
  %40 = getelementptr i8, ptr %31, i64 36
  %41 = getelementptr float, ptr %40, i64 %j.0114.us
  %42 = load float, ptr %1, align 4
  %43 = fadd float %66, %42
  %44 = fneg float %43
  %45 = tail call float @llvm.exp.f32(float %44)
  %46 = fadd float %45, 1.000000e+00
  %47 = fdiv float 1.000000e+00, %46
  store float %47, ptr %41, align 4
  %48 = add nuw nsw i64 %i0.0108.us, 4
  %49 = icmp ult i64 %48, %0
  br i1 %49, label %k.cond.preheader.us, label %i0.cond.i.cond.preheader_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %s0_0.0107.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %63, %k.body.us ]
  %s1_0.0106.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %64, %k.body.us ]
  %s2_0.0105.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %65, %k.body.us ]
  %k.0104.us = phi i64 [ 0, %k.cond.preheader.us ], [ %67, %k.body.us ]
  %s3_0.0103.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %66, %k.body.us ]
  %50 = add nuw nsw i64 %k.0104.us, %68
  %51 = getelementptr inbounds float, ptr %x, i64 %50
  %52 = load float, ptr %51, align 4
  %53 = or disjoint i64 %50, 4
  %54 = getelementptr inbounds float, ptr %x, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = or disjoint i64 %50, 8
  %57 = getelementptr inbounds float, ptr %x, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = or disjoint i64 %50, 12
  %60 = getelementptr inbounds float, ptr %x, i64 %59
  %61 = load float, ptr %60, align 4
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %k.0104.us
  %62 = load float, ptr %gep, align 4
  %63 = tail call float @llvm.fmuladd.f32(float %52, float %62, float %s0_0.0107.us)
  %64 = tail call float @llvm.fmuladd.f32(float %55, float %62, float %s1_0.0106.us)
  %65 = tail call float @llvm.fmuladd.f32(float %58, float %62, float %s2_0.0105.us)
  %66 = tail call float @llvm.fmuladd.f32(float %61, float %62, float %s3_0.0103.us)
  %67 = add nuw nsw i64 %k.0104.us, 1
  %exitcond.not = icmp eq i64 %67, 4
  br i1 %exitcond.not, label %k.end.us, label %k.body.us

k.cond7.preheader.us:                             ; preds = %k.cond7.preheader.lr.ph.us, %k.end10.us
  %i.0113.us = phi i64 [ %0, %k.cond7.preheader.lr.ph.us ], [ %9, %k.end10.us ]
  %.idx139 = shl nsw i64 %i.0113.us, 4
  %invariant.gep167 = getelementptr i8, ptr %x, i64 %.idx139
  br label %k.body8.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0108.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %48, %k.end.us ]
  %68 = shl nuw nsw i64 %i0.0108.us, 2
  br label %k.body.us

i0.cond.i.cond.preheader_crit_edge.us:            ; preds = %k.end.us
  br i1 %.not136, label %i.end.us, label %k.cond7.preheader.lr.ph.us

k.cond7.preheader.lr.ph.us:                       ; preds = %i0.cond.i.cond.preheader_crit_edge.us
  %invariant.gep169 = getelementptr i8, ptr %ws, i64 %.idx138
  br label %k.cond7.preheader.us

entry.split:                                      ; preds = %entry
  br i1 %.not136, label %i.cond14.preheader, label %i0.cond.preheader.us115

i0.cond.preheader.us115:                          ; preds = %entry.split, %i.cond.i.end_crit_edge.us129
  %j.0114.us116 = phi i64 [ %82, %i.cond.i.end_crit_edge.us129 ], [ 0, %entry.split ]
  %invariant.gep111.us117 = getelementptr float, ptr %h, i64 %j.0114.us116
  %69 = getelementptr inbounds float, ptr %h_bias, i64 %j.0114.us116
  %.idx137 = shl nsw i64 %j.0114.us116, 4
  %invariant.gep173 = getelementptr inbounds i8, ptr %ws, i64 %.idx137
  br label %k.cond7.preheader.us126

k.end10.us119:                                    ; preds = %k.body8.us123
  %.idx.us121 = mul i64 %i.0113.us127, 12
  %gep112.us122 = getelementptr i8, ptr %invariant.gep111.us117, i64 %.idx.us121
  %70 = load float, ptr %69, align 4
  %71 = fadd float %80, %70
  %72 = fneg float %71
  %73 = tail call float @llvm.exp.f32(float %72)
  %74 = fadd float %73, 1.000000e+00
  %75 = fdiv float 1.000000e+00, %74
  store float %75, ptr %gep112.us122, align 4
  %76 = add nuw nsw i64 %i.0113.us127, 1
  %77 = icmp ult i64 %76, %n
  br i1 %77, label %k.cond7.preheader.us126, label %i.cond.i.end_crit_edge.us129

k.body8.us123:                                    ; preds = %k.cond7.preheader.us126, %k.body8.us123
  %k6.0110.us124 = phi i64 [ 0, %k.cond7.preheader.us126 ], [ %81, %k.body8.us123 ]
  %s0_05.0109.us125 = phi float [ 0.000000e+00, %k.cond7.preheader.us126 ], [ %80, %k.body8.us123 ]
  %gep172 = getelementptr inbounds float, ptr %invariant.gep171, i64 %k6.0110.us124
  %78 = load float, ptr %gep172, align 4
  %gep174 = getelementptr inbounds float, ptr %invariant.gep173, i64 %k6.0110.us124
  %79 = load float, ptr %gep174, align 4
  %80 = tail call float @llvm.fmuladd.f32(float %78, float %79, float %s0_05.0109.us125)
  %81 = add nuw nsw i64 %k6.0110.us124, 1
  %exitcond153.not = icmp eq i64 %81, 4
  br i1 %exitcond153.not, label %k.end10.us119, label %k.body8.us123

k.cond7.preheader.us126:                          ; preds = %i0.cond.preheader.us115, %k.end10.us119
  %i.0113.us127 = phi i64 [ 0, %i0.cond.preheader.us115 ], [ %76, %k.end10.us119 ]
  %.idx = shl nsw i64 %i.0113.us127, 4
  %invariant.gep171 = getelementptr inbounds i8, ptr %x, i64 %.idx
  br label %k.body8.us123

i.cond.i.end_crit_edge.us129:                     ; preds = %k.end10.us119
  %82 = add nuw nsw i64 %j.0114.us116, 1
  %exitcond154.not = icmp eq i64 %82, 3
  br i1 %exitcond154.not, label %i.cond14.preheader, label %i0.cond.preheader.us115

i.cond14.preheader:                               ; preds = %i.end.us, %i.cond.i.end_crit_edge.us129, %entry.split
  %.not141 = icmp eq i64 %n, 0
  br i1 %.not141, label %i.end17, label %i.body15

i.body15:                                         ; preds = %i.cond14.preheader, %j.cond32.preheader
  %i13.0135 = phi i64 [ %92, %j.cond32.preheader ], [ 0, %i.cond14.preheader ]
  %83 = mul nuw nsw i64 %i13.0135, 3
  %84 = getelementptr inbounds float, ptr %h, i64 %83
  %85 = load float, ptr %84, align 4
  br label %j.body21

i.end17:                                          ; preds = %j.cond32.preheader, %i.cond14.preheader
  ret void

j.body21:                                         ; preds = %i.body15, %j.body21
  %j19.0131 = phi i64 [ 0, %i.body15 ], [ %89, %j.body21 ]
  %mx.0130 = phi float [ %85, %i.body15 ], [ %88, %j.body21 ]
  %86 = getelementptr inbounds float, ptr %84, i64 %j19.0131
  %87 = load float, ptr %86, align 4
  %88 = tail call float @llvm.maxnum.f32(float %mx.0130, float %87)
  %89 = add nuw nsw i64 %j19.0131, 1
  %exitcond155.not = icmp eq i64 %89, 3
  br i1 %exitcond155.not, label %j.body27, label %j.body21

j.cond32.preheader:                               ; preds = %j.body27
  %90 = getelementptr inbounds float, ptr %y, i64 %83
  %broadcast.splatinsert183 = insertelement <4 x float> poison, float %99, i64 0
  %broadcast.splat184 = shufflevector <4 x float> %broadcast.splatinsert183, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %90, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %91 = fdiv <4 x float> %wide.masked.load, %broadcast.splat184
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %91, ptr %90, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %92 = add nuw nsw i64 %i13.0135, 1
  %exitcond158.not = icmp eq i64 %92, %n
  br i1 %exitcond158.not, label %i.end17, label %i.body15

j.body27:                                         ; preds = %j.body21, %j.body27
  %j25.0133 = phi i64 [ %100, %j.body27 ], [ 0, %j.body21 ]
  %sum.0132 = phi float [ %99, %j.body27 ], [ 0.000000e+00, %j.body21 ]
  %93 = add nuw nsw i64 %j25.0133, %83
  %94 = getelementptr inbounds float, ptr %y, i64 %93
  %95 = getelementptr inbounds float, ptr %h, i64 %93
  %96 = load float, ptr %95, align 4
  %97 = fsub float %96, %88
  %98 = tail call float @llvm.exp.f32(float %97)
  store float %98, ptr %94, align 4
  %99 = fadd reassoc float %sum.0132, %98
  %100 = add nuw nsw i64 %j25.0133, 1
  %exitcond156.not = icmp eq i64 %100, 3
  br i1 %exitcond156.not, label %j.cond32.preheader, label %j.body27
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nounwind
define ptr @inference_only_create(i64 %0) local_unnamed_addr #2 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @inference_only_desc, i64 %0) #2
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @inference_only_destroy(ptr %0) local_unnamed_addr #2 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #2
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @inference_only_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #2 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #2
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define i32 @inference_only_save(ptr %0, ptr %1) local_unnamed_addr #2 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #2
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @inference_only_load(ptr %0, ptr %1) local_unnamed_addr #2 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #2
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @inference_only_param_count() local_unnamed_addr #3 {
entry:
  ret i64 15
}

; Function Attrs: nounwind
define ptr @inference_only_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #2 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #2
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr nocapture, i32 immarg, <4 x i1>, <4 x float>) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4f32.p0(<4 x float>, ptr nocapture, i32 immarg, <4 x i1>) #5

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }
